import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith } from '../helpers/content.ts';

function validate(contentDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.resolve('scripts/validate.ts'), ...args], {
    cwd: path.resolve('.'),
    env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: '', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('npm run validate', () => {
  it('exits 0 and says so for valid content', () => {
    const { code, out } = validate(contentWith());
    expect(code).toBe(0);
    expect(out).toMatch(/keine Fehler/);
  });

  it('exits 1 with path:line:column, the rule and the fix, and no stack trace', () => {
    const dir = contentWith([{ fixture: 'status-unbekannt.md', as: 'projekte/status-unbekannt.md' }]);
    const { code, out } = validate(dir);
    expect(code).toBe(1);
    expect(out).toContain(`${path.relative(process.cwd(), dir)}/projekte/status-unbekannt.md:9:3: Fehler: „Status“`);
    expect(out).toMatch(/→ Erlaubt:/);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('prints GitHub annotations when GITHUB_ACTIONS is set', () => {
    const dir = contentWith([{ fixture: 'leer.md', as: 'projekte/leer.md' }]);
    const { out } = validate(dir, { GITHUB_ACTIONS: 'true' });
    expect(out).toMatch(/^::error file=.*projekte\/leer\.md,line=1,col=1::Die Datei ist leer\./m);
  });

  it('checks only the files named as arguments', () => {
    const dir = contentWith([{ fixture: 'leer.md', as: 'projekte/leer.md' }]);
    expect(validate(dir, {}, [path.join(dir, 'projekte/testprojekt.md')]).code).toBe(0);
    expect(validate(dir, {}, [path.join(dir, 'projekte/leer.md')]).code).toBe(1);
  });

  it('names a missing content folder instead of crashing', () => {
    const { code, out } = validate('/nonexistent/inhalt');
    expect(code).toBe(1);
    expect(out).toMatch(/einstellungen\.yaml fehlt/);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
