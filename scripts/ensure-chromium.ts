/**
 * Runs before npm test: the browser tests drive Debian's Chromium. Installs it
 * with apt-get when it is missing and we may (root on Debian), else explains.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../tests/helpers/browser.ts';

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

if (!existsSync(CHROMIUM)) {
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  console.log(`Chromium fehlt unter ${CHROMIUM}; die Browser-Tests brauchen es.`);
  if (!canApt || !run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium']) || !existsSync(CHROMIUM)) {
    console.error('Bitte Chromium installieren (Debian: „apt-get install chromium“) oder CHROMIUM_PATH auf eine Chromium-Datei setzen.');
    process.exitCode = 1;
  }
}
