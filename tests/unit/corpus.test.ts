import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/build/corpus.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'korpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name)).sort();

describe('corpus generator', () => {
  it('writes a content folder that is valid by construction, with the asked number of projects and Kommunen', () => {
    const dir = path.join(root, 'a');
    generateCorpus(dir, { projekte: 60, kommunen: 15, seed: 7 });
    const result = validateContent({ contentDir: dir, cwd: dir });
    expect(result.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
    expect(readdirSync(path.join(dir, 'projekte'))).toHaveLength(60);
    expect(readdirSync(path.join(dir, 'kommunen'))).toHaveLength(15);
  });

  it('is deterministic: the same seed gives the same bytes, another seed other text', () => {
    generateCorpus(path.join(root, 'b'), { projekte: 20, kommunen: 12, seed: 3 });
    generateCorpus(path.join(root, 'c'), { projekte: 20, kommunen: 12, seed: 3 });
    generateCorpus(path.join(root, 'd'), { projekte: 20, kommunen: 12, seed: 4 });
    const read = (d: string) => files(path.join(root, d)).map((f) => readFileSync(f, 'utf8'));
    expect(read('c')).toEqual(read('b'));
    expect(read('d')).not.toEqual(read('b'));
  });

  it('refuses to write into content/', () => {
    const r = spawnSync(process.execPath, ['scripts/corpus.ts', '--projekte', '5', '--out', 'content/korpus'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nie nach content\/ geschrieben/);
  });
});

describe('parallel validation of large folders', () => {
  it('reports the same problems as the single-threaded check, from both halves', async () => {
    const { validateContentParallel } = await import('../../src/validation/validate-content.ts');
    const { writeFileSync } = await import('node:fs');
    const dir = path.join(root, 'gross');
    generateCorpus(dir, { projekte: 2100, kommunen: 12, seed: 5 });
    writeFileSync(path.join(dir, 'projekte/projekt-00003.md'), readFileSync(path.join(dir, 'projekte/projekt-00003.md'), 'utf8').replace(/^bezug: .*$/m, 'bezug: irgendwie'));
    writeFileSync(path.join(dir, 'projekte/projekt-02050.md'), '');
    const single = validateContent({ contentDir: dir, cwd: dir });
    const parallel = await validateContentParallel({ contentDir: dir, cwd: dir });
    expect(parallel.problems).toEqual(single.problems);
    expect(parallel.problems.map((p) => p.file)).toEqual(['projekte/projekt-00003.md', 'projekte/projekt-02050.md']);
    expect(parallel.entries.length).toBe(single.entries.length);
  }, 60_000);
});
