/** Two builds of the same commit are byte-identical: a page says the same thing whenever it is rebuilt. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

const site = inject('site');
const root = mkdtempSync(path.join(os.tmpdir(), 'zweiter-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('reproducible builds', () => {
  it('produce the same files with the same bytes (nothing excluded)', () => {
    const second = path.join(root, 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', second], { env: { ...process.env, GITHUB_ACTIONS: '' }, encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const a = digests(site.dir);
    const b = digests(second);
    // The browser tests may add a probe page to the first build; compare what the build wrote.
    delete a['csp-probe/index.html'];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.entries(b).filter(([file, hash]) => a[file] !== hash).map(([file]) => file)).toEqual([]);
  }, 240_000);
});
