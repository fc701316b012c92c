/**
 * npm run redaktion [-- --ohne-workflow] [-- --port 4322]: the CMS against this repository, offline.
 * Decap's proxy server (decap-server, 127.0.0.1) writes into the working folder; with the editorial
 * workflow (default) it keeps drafts as local branches "cms/…", as on GitHub. A built site in dist/
 * gives the preview the site's styles.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/config/content-dir.ts';
import { startLocalEditor } from '../src/cms/local-editor.ts';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 4322;
const mode = args.includes('--ohne-workflow') ? 'fs' : 'git';
const repoDir = process.cwd();
const siteDir = path.resolve('dist');

async function main(): Promise<void> {
  if (mode === 'git' && !existsSync(path.join(repoDir, '.git'))) {
    throw new Error('Der Redaktionsablauf braucht ein Git-Repository. Ohne Git: npm run redaktion -- --ohne-workflow');
  }
  // Drafts branch off the current branch and are published into it.
  const branch = mode === 'git' ? spawnSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: repoDir, encoding: 'utf8' }).stdout.trim() : undefined;
  const editor = await startLocalEditor({
    repoDir,
    branch,
    contentRoot: path.relative(repoDir, contentDir()).split(path.sep).join('/'),
    mode,
    port,
    siteDir: existsSync(path.join(siteDir, 'index.html')) ? siteDir : undefined,
    log: (line) => console.log(`  Proxy: ${line.replace(/\u001b\[\d+m/g, '')}`),
  });
  console.log(`\nRedaktionssystem: ${editor.url}`);
  console.log(mode === 'git'
    ? 'Redaktionsablauf eingeschaltet: Entwürfe liegen als Zweige „cms/…“ in diesem Repository, „Veröffentlichen“ übernimmt sie in den aktuellen Zweig.'
    : 'Ohne Redaktionsablauf: „Veröffentlichen“ schreibt die Dateien direkt in den Inhaltsordner.');
  if (!existsSync(path.join(siteDir, 'index.html'))) console.log('Vorschau ohne die Gestaltung der Website: erst „npm run build“, dann neu starten.');
  console.log('Beenden mit Strg+C.\n');
  const stop = () => void editor.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Das Redaktionssystem konnte nicht starten: ${(error as Error).message}`);
  process.exitCode = 1;
});
