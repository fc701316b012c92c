/** The CI files do what the README and the editor guide promise. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('GitHub Actions', () => {
  const pruefen = readFileSync('.github/workflows/pruefen.yml', 'utf8');
  const veroeffentlichen = readFileSync('.github/workflows/veroeffentlichen.yml', 'utf8');

  const inhalte = readFileSync('.github/workflows/inhalte-pruefen.yml', 'utf8');
  const all = readdirSync('.github/workflows').map((f) => [f, readFileSync(`.github/workflows/${f}`, 'utf8')] as const);

  it('checks pull requests that change only content quickly: build with annotations, the built-site checks and a summary of the pages', () => {
    expect(inhalte).toMatch(/on:\n  pull_request:\n    paths: \['content\/\*\*'\]/);
    expect(inhalte).toMatch(/run: npm run build/);
    expect(inhalte).toMatch(/run: npm run check-site -- --base "\$VERGLEICH_MIT"/);
    expect(inhalte).toMatch(/VERGLEICH_MIT: origin\/\$\{\{ github\.base_ref \}\}/);
    expect(inhalte).not.toMatch(/npm test/);
  });

  it('runs with least privilege: read-only checks, write rights only in the publishing jobs', () => {
    expect(inhalte).toMatch(/^permissions:\n  contents: read$/m);
    expect(pruefen).toMatch(/^permissions:\n  contents: read$/m);
    expect(veroeffentlichen).toMatch(/^permissions: \{\}$/m);
    expect(veroeffentlichen).toMatch(/  bauen:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write/);
  });

  it('never expands ${{ … }} inside a run line, where data of a pull request could become a command', () => {
    for (const [file, text] of all) {
      const runLines = text.split('\n').filter((l) => /^\s*(- )?run: /.test(l) || /^\s{8,}\S/.test(l));
      const blocks = [...text.matchAll(/run: \|\n((?:\s{10,}.*\n)+)/g)].map((m) => m[1]!);
      for (const line of [...runLines.filter((l) => /run: /.test(l)), ...blocks]) expect(line, file).not.toMatch(/\$\{\{/);
    }
  });

  it('checks every push and code changes fully: validate with annotations, test, build, upload the site', () => {
    expect(pruefen).toMatch(/on:\n  pull_request:\n    paths-ignore: \['content\/\*\*'\]/);
    expect(pruefen).toMatch(/run: npm run validate/);
    expect(pruefen).toMatch(/run: npm test/);
    expect(pruefen).toMatch(/run: npm run build/);
    expect(pruefen).toMatch(/uses: actions\/upload-artifact@v4[\s\S]*path: dist\//);
    expect(pruefen).toMatch(/fetch-depth: 0/);
  });

  it('publishes main on GitHub Pages with a configurable address and base path, recording permalinks', () => {
    expect(veroeffentlichen).toMatch(/push:\n    branches: \[main\]/);
    expect(veroeffentlichen).toMatch(/SITE_URL: \$\{\{ vars\.SITE_URL \}\}/);
    expect(veroeffentlichen).toMatch(/BASE_PATH: \$\{\{ vars\.BASE_PATH \}\}/);
    expect(veroeffentlichen).toMatch(/npm run permalinks/);
    expect(veroeffentlichen).toMatch(/actions\/deploy-pages@v4/);
  });

  it('refuses to publish while the publisher\'s § 5 DDG facts are missing; pull requests only warn', () => {
    expect(veroeffentlichen).toMatch(/run: npm run pflichtangaben -- --veroeffentlichen/);
    expect(veroeffentlichen.indexOf('pflichtangaben')).toBeLessThan(veroeffentlichen.indexOf('npm run build'));
    expect(pruefen).toMatch(/run: npm run pflichtangaben\n/);
  });

  it('gives editors a checklist in every pull request', () => {
    expect(readFileSync('.github/pull_request_template.md', 'utf8')).toMatch(/- \[ \] Jede neue oder geänderte Angabe nennt ihre Quelle/);
  });
});
