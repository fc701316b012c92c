/** The CI files do what the README and the editor guide promise. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('GitHub Actions', () => {
  const pruefen = readFileSync('.github/workflows/pruefen.yml', 'utf8');
  const veroeffentlichen = readFileSync('.github/workflows/veroeffentlichen.yml', 'utf8');

  it('checks pull requests: validate with annotations, test, build, upload the site', () => {
    expect(pruefen).toMatch(/on:\n  pull_request:/);
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
