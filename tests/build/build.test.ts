/**
 * Checks the real site (built once by tests/setup/build-site.ts) and builds a fixture site, and checks what a visitor gets:
 * every page type, every Kommune page, the search index; and that a content
 * error stops the build before Astro runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { contentWith } from '../helpers/content.ts';
import { grayMatter } from '../../src/validation/read-source.ts';

const outRoot = mkdtempSync(path.join(os.tmpdir(), 'site-'));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

function build(outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

const page = (dist: string, sitePath: string) => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');

describe('the real site', () => {
  const { dir: dist, ...result } = inject('site');

  it('builds without error', () => {
    expect(result.out).toMatch(/Website gebaut/);
    expect(result.code).toBe(0);
  });

  it('has every URL of the site', () => {
    const required = [
      '/', '/leitbild/', '/ziele/', '/themenfelder/', '/prioritaeten/', '/projekte/',
      '/projekte/prioritaet-1/', '/projekte/prioritaet-2/', '/projekte/prioritaet-3/',
      '/kommunen/', '/chronik/', '/quellen/', '/digitalagentur/', '/suche/',
      '/impressum/', '/datenschutz/', '/barrierefreiheit/',
      '/themenfelder/verwaltung/', '/themenfelder/innenstadt-dorfmitte/',
      '/projekte/lorena-heimat-2-0/', '/projekte/smarte-land-regionen/', '/projekte/e-lastenrad-sharing/',
      '/projekte/smart-cities-bewerbung/', '/projekte/p13-community-it-und-datensicherheit/',
    ];
    for (const p of required) expect(existsSync(path.join(dist, p, 'index.html')), p).toBe(true);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
  });

  it('has a page for the Kreis and each of the eleven Kommunen, with its adoption facts', () => {
    const ids = readdirSync('content/kommunen').map((f) => f.replace(/\.md$/, ''));
    expect(ids).toHaveLength(12);
    for (const id of ids) {
      const html = page(dist, `/kommunen/${id}/`);
      expect(html).toMatch(/Annahme der Strategie/);
      expect(html).toMatch(/Beschlüsse und Beratungen/);
    }
    expect(page(dist, '/kommunen/billerbeck/')).toMatch(/FBZD\/0560\/2021/);
    expect(page(dist, '/kommunen/kreis-coesfeld/')).toMatch(/SV-10-0056/);
  });

  it('lists on each tier page exactly the strategy projects whose Themenfeld has that tier (from the content files)', () => {
    const read = (dir: string) => readdirSync(dir).map((f) => ({ id: f.replace(/\.md$/, ''), data: grayMatter(readFileSync(path.join(dir, f), 'utf8')).data as Record<string, any> }));
    const tier = Object.fromEntries(read('content/themenfelder').map((t) => [t.id, t.data.prioritaet]));
    for (const [stufe, n] of [['I', 1], ['II', 2], ['III', 3]] as const) {
      // Only projects of the strategy (Steckbrief or a documented link) count for a tier.
      const expected = read('content/projekte').filter((p) => tier[p.data.themenfeld] === stufe && ['steckbrief', 'belegt'].includes(p.data.bezug)).map((p) => `/projekte/${p.id}/`).sort();
      const listed = [...page(dist, `/projekte/prioritaet-${n}/`).matchAll(/<h2><a href="(\/projekte\/[^"]+)">/g)].map((m) => m[1]).sort();
      expect(listed, `Priorität ${stufe}`).toEqual(expected);
    }
  });

  it('leaves unknown facts out, sums them up in one "Nicht belegt" line, and links every citation to the page of its source, which links back', () => {
    const html = page(dist, '/projekte/p13-community-it-und-datensicherheit/');
    expect(html.match(/data-nicht-belegt/g)).toHaveLength(1);
    const lorena = page(dist, '/projekte/lorena-heimat-2-0/');
    expect(lorena).not.toMatch(/quelle:/);
    const cited = [...new Set([...lorena.matchAll(/href="\/quellen\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))];
    expect(cited.length).toBeGreaterThan(3);
    for (const id of cited) {
      expect(page(dist, `/quellen/${id}/`)).toContain('<a href="/projekte/lorena-heimat-2-0/">');
      // Links to the former anchors on the source list still land on the source.
      expect(page(dist, '/quellen/')).toContain(`id="${id}"`);
    }
  });

  it('shows on each content page its Stand and change history from git, and where its source file is', () => {
    const lastChange = spawnSync('git', ['log', '-1', '--format=%cI', '--', 'content/projekte/lorena-heimat-2-0.md'], { encoding: 'utf8' }).stdout.slice(0, 10);
    const html = page(dist, '/projekte/lorena-heimat-2-0/');
    expect(html).toContain(`<strong>Stand:</strong> <time datetime="${lastChange}">`);
    expect(html).toMatch(/<summary>Änderungen an dieser Seite \(\d+\)<\/summary>/);
    expect(html).toContain('Quelldatei dieser Seite: <code>content/projekte/lorena-heimat-2-0.md</code>');
    for (const p of ['/leitbild/', '/kommunen/olfen/', '/themenfelder/kultur/', '/impressum/']) expect(page(dist, p), p).toContain('<strong>Stand:</strong>');
  });

  it('publishes the JSON Schema of every collection', () => {
    for (const name of ['einstellungen', 'leitbild', 'ziele', 'themenfelder', 'projekte', 'kommunen', 'chronik', 'quellen', 'seiten']) {
      const schema = JSON.parse(readFileSync(path.join(dist, 'schema', `${name}.json`), 'utf8'));
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type, name).toBe('object');
    }
  });

  it('is German and indexes only the main content', () => {
    const html = page(dist, '/');
    expect(html).toMatch(/<html lang="de"/);
    expect(html).toMatch(/<main id="inhalt" data-pagefind-body/);
    expect(page(dist, '/suche/')).not.toMatch(/data-pagefind-body/);
  });

  it('writes a German Pagefind index with the filters', () => {
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages.de.page_count).toBeGreaterThan(40);
    const filters = readdirSync(path.join(dist, 'pagefind/filter'));
    expect(filters.length).toBeGreaterThan(0);
    expect(page(dist, '/projekte/lorena-heimat-2-0/')).toMatch(/data-pagefind-filter="Priorität:Priorität II"/);
  });

  it('indexes the facts of a Steckbrief as separate words, without the labels every Steckbrief repeats', () => {
    const fragments = readdirSync(path.join(dist, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(path.join(dist, 'pagefind/fragment', f))).toString('utf8').replace(/^pagefind_dcd/, ''));
    const lorena = fragments.map((f) => JSON.parse(f) as { url: string; content: string }).find((f) => f.url === '/projekte/lorena-heimat-2-0/')!;
    expect(lorena.content).toMatch(/ Innenstadt\/Dorfmitte[ .]/);
    expect(lorena.content).toContain('Priorität II');
    expect(lorena.content).toMatch(/ Gemeinde Senden[ .]/);
    expect(lorena.content).not.toMatch(/Federführung|ThemenfeldInnenstadt/);
  });

  it('sends no JavaScript to content pages, except the copy button of a Steckbrief\'s citation', () => {
    const scripts = (p: string) => [...page(dist, p).matchAll(/<script([^>]*)>/g)].map((m) => m[1]!).filter((a) => !a.includes('application/ld+json'));
    for (const p of ['/', '/kommunen/senden/', '/themenfelder/bildung/', '/leitbild/', '/chronik/']) expect(scripts(p), p).toEqual([]);
    expect(scripts('/projekte/lorena-heimat-2-0/')).toEqual([' src="/kopieren.js" defer']);
  });

  it('offers a citation with title, publisher, permanent URL and Stand on each Steckbrief', () => {
    const html = page(dist, '/projekte/smarte-land-regionen/');
    expect(html).toMatch(/<p id="zitiervorschlag-text" class="zitiervorschlag__text">Smarte\.Land\.Regionen – Coworking und mobiles Arbeiten\. In: Coesfeld 12\.0 – Im Kreis gemeinsam digital\. \/projekte\/smarte-land-regionen\/ \(Stand: \d+\. \S+ \d{4}\)\.<\/p>/);
    expect(html).toMatch(/<button type="button" class="kern-btn kern-btn--secondary" data-kopieren="zitiervorschlag-text" data-nur-mit-js>/);
  });
});

describe('other content folders', () => {
  it('builds the site from CONTENT_DIR', () => {
    const dist = path.join(outRoot, 'fixture');
    const { code, out } = build(dist, { CONTENT_DIR: contentWith() });
    expect(code, out).toBe(0);
    expect(page(dist, '/')).toMatch(/Teststrategie 1\.0/);
    expect(page(dist, '/projekte/testprojekt/')).toMatch(/Testdorf/);
    expect(existsSync(path.join(dist, 'projekte/lorena-heimat-2-0'))).toBe(false);
    // The repository address is set in this fixture: every content page links its source file.
    expect(page(dist, '/projekte/testprojekt/')).toContain('<a href="https://github.com/beispiel-region/teststrategie/edit/main/content/projekte/testprojekt.md">Diese Seite bearbeiten</a>');
    // A content folder outside git has no history, and the page says so instead of guessing.
    expect(page(dist, '/projekte/testprojekt/')).toMatch(/<strong>Stand:<\/strong> Datum der letzten Änderung nicht bekannt \(keine Versionsgeschichte verfügbar\)/);
  }, 240_000);

  it('fails, naming the URL, when a published page is no longer built', () => {
    const dist = path.join(outRoot, 'verloren');
    const dir = contentWith();
    writeFileSync(path.join(dir, 'permalinks.txt'), '# Test\n/\n/projekte/testprojekt/\n');
    renameSync(path.join(dir, 'projekte/testprojekt.md'), path.join(dir, 'projekte/neuer-name.md'));
    const { code, out } = build(dist, { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(out).toMatch(/gibt es im Build nicht mehr:\n\s+\/projekte\/testprojekt\//);
  }, 240_000);

  it('keeps a renamed page\'s old URL alive as a redirect when the old id is an alias', () => {
    const dist = path.join(outRoot, 'umbenannt');
    const dir = contentWith();
    writeFileSync(path.join(dir, 'permalinks.txt'), '/\n/projekte/testprojekt/\n');
    const renamed = readFileSync(path.join(dir, 'projekte/testprojekt.md'), 'utf8').replace('titel: Testprojekt\n', 'titel: Testprojekt\nalias: [testprojekt]\n');
    rmSync(path.join(dir, 'projekte/testprojekt.md'));
    writeFileSync(path.join(dir, 'projekte/neuer-name.md'), renamed);
    const { code, out } = build(dist, { CONTENT_DIR: dir });
    expect(code, out).toBe(0);
    const redirect = page(dist, '/projekte/testprojekt/');
    expect(redirect).toMatch(/<meta http-equiv="refresh" content="0; url=\/projekte\/neuer-name\/">/);
    expect(redirect).toMatch(/<link rel="canonical" href="https:\/\/teststrategie\.example\.invalid\/projekte\/neuer-name\/">/);
    expect(redirect).toMatch(/<a href="\/projekte\/neuer-name\/">Testprojekt<\/a>/);
    expect(page(dist, '/projekte/neuer-name/')).toMatch(/<h1[^>]*>Testprojekt<\/h1>/);
  }, 240_000);

  it('rejects content that tries to run code at build time before Astro runs', () => {
    const dist = path.join(outRoot, 'mdx');
    const dir = contentWith([{ fixture: 'code-beim-bauen.mdx', as: 'seiten/code-beim-bauen.mdx' }]);
    const marker = path.resolve('BUILD_MARKER');
    const { code, out } = build(dist, { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(out).toMatch(/seiten\/code-beim-bauen\.mdx:1:1: Fehler: .*keine \.md-Datei/);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(dist)).toBe(false);
  });

  it('stops a content error before Astro runs: no site is written', () => {
    const dist = path.join(outRoot, 'kaputt');
    const dir = contentWith([{ fixture: 'status-unbekannt.md', as: 'projekte/status-unbekannt.md' }]);
    const { code, out } = build(dist, { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(out).toMatch(/projekte\/status-unbekannt\.md:9:3: Fehler/);
    expect(out).toMatch(/Die Website wurde nicht gebaut/);
    expect(out).not.toMatch(/\[build\]/);
    expect(existsSync(dist)).toBe(false);
  });
});
