/**
 * The site built as the publish workflow builds it: address and sub-path from GitHub Pages
 * (actions/configure-pages), the repository from the GitHub Actions environment, nothing set by hand.
 * Every link carries the base path; canonical links, sitemap and edit links are absolute.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, linksIn, resolvesInSite, sitePathOf } from '../helpers/site-files.ts';
import { FIXTURE_CONTENT } from '../setup/build-site.ts';

const BASE = '/strategie/';
const root = mkdtempSync(path.join(os.tmpdir(), 'unterpfad-'));
const dist = path.join(root, 'dist');
let result: { code: number | null; out: string };
beforeAll(() => {
  const content = path.join(root, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  const settings = path.join(content, 'einstellungen.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^(website|repository): .*$/gm, '$1: keine Angabe'));
  const actions = { PAGES_BASE_URL: 'https://beispiel.invalid/strategie', PAGES_BASE_PATH: '/strategie', GITHUB_SERVER_URL: 'https://github.invalid', GITHUB_REPOSITORY: 'region/strategie' };
  const env = { ...process.env, CONTENT_DIR: content, SITE_URL: '', BASE_PATH: '', ...actions };
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], { env, encoding: 'utf8', timeout: 240_000 });
  result = { code: r.status, out: r.stdout + r.stderr };
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`built under ${BASE}`, () => {
  it('builds', () => expect(result.code, result.out).toBe(0));

  it('links every page, file and fragment below the base path, and they exist', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const from = BASE + sitePathOf(dist, file).slice(1);
      for (const link of linksIn(readFileSync(file, 'utf8'))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link.value) && !link.value.startsWith('https://beispiel.invalid')) continue;
        if (link.attribute === 'srcset' || link.value.startsWith('#')) continue;
        const url = new URL(link.value, `https://beispiel.invalid${from}`);
        if (url.host !== 'beispiel.invalid') continue;
        if (!url.pathname.startsWith(BASE)) problems.push(`${from}: ${link.value} liegt nicht unter ${BASE}`);
        else if (!resolvesInSite(dist, '/', url.pathname.slice(BASE.length - 1) + url.hash)) problems.push(`${from}: ${link.value} fehlt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives the search its bundle and result base under the sub-path', () => {
    const html = readFileSync(path.join(dist, 'suche/index.html'), 'utf8');
    expect(html).toContain(`data-bundle="${BASE}pagefind/"`);
    expect(html).toContain(`data-base="${BASE}"`);
  });

  it('writes a sitemap of the indexable pages with absolute URLs, and robots.txt pointing to it', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain('https://beispiel.invalid/strategie/projekte/foerderprojekt/');
    expect(locs).toContain('https://beispiel.invalid/strategie/');
    expect(locs.every((l) => l.startsWith('https://beispiel.invalid/strategie/'))).toBe(true);
    expect(locs).not.toContain('https://beispiel.invalid/strategie/suche/');
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://beispiel.invalid/strategie/sitemap.xml');
  });

  it('uses absolute canonical URLs with the site address and base path', () => {
    const html = readFileSync(path.join(dist, 'projekte/foerderprojekt/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://beispiel.invalid/strategie/projekte/foerderprojekt/">');
  });

  it('links each content page to its file in the repository that GitHub Actions builds', () => {
    const html = readFileSync(path.join(dist, 'projekte/foerderprojekt/index.html'), 'utf8');
    expect(html).toMatch(/<a href="https:\/\/github\.invalid\/region\/strategie\/edit\/main\/content\/projekte\/foerderprojekt\.md">Diese Seite bearbeiten<\/a>/);
  });
});
