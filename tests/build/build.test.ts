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
import { htmlFiles } from '../helpers/site-files.ts';
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

/** Ids of a collection's files in a content folder. */
const idsIn = (content: string, collection: string) => readdirSync(path.join(content, collection)).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();
const read = (dir: string) => readdirSync(dir).map((f) => ({ id: f.replace(/\.md$/, ''), data: grayMatter(readFileSync(path.join(dir, f), 'utf8')).data as Record<string, any> }));

/** What holds for any correct content: checked on the real site and on the fixture. */
describe.each(['site', 'fixture'] as const)('invariants of the %s build', (which) => {
  const { dir: dist, content, ...result } = inject(which);

  it('builds without error', () => {
    expect(result.out).toMatch(/Website gebaut/);
    expect(result.code).toBe(0);
  });

  it('has the fixed pages and a page for every project, Kommune, Themenfeld, source and page', () => {
    const fixed = ['/', '/leitbild/', '/ziele/', '/themenfelder/', '/prioritaeten/', '/projekte/', '/projekte/prioritaet-1/', '/projekte/prioritaet-2/',
      '/projekte/prioritaet-3/', '/kommunen/', '/chronik/', '/quellen/', '/suche/', '/impressum/', '/datenschutz/', '/barrierefreiheit/', '/daten/', '/aenderungen/'];
    const entries = ['projekte', 'kommunen', 'themenfelder', 'quellen'].flatMap((c) => idsIn(content, c).map((id) => `/${c}/${id}/`));
    for (const p of [...fixed, ...entries, ...idsIn(content, 'seiten').map((id) => `/${id}/`)]) expect(existsSync(path.join(dist, p, 'index.html')), p).toBe(true);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
  });

  it('shows every Kommune with its adoption of the strategy and its decisions', () => {
    for (const id of idsIn(content, 'kommunen')) {
      const html = page(dist, `/kommunen/${id}/`);
      expect(html).toMatch(/Annahme der Strategie/);
      expect(html).toMatch(/Beschlüsse und Beratungen/);
    }
  });

  it('lists on each tier page exactly the strategy projects whose Themenfeld has that tier (from the content files)', () => {
    const tier = Object.fromEntries(read(path.join(content, 'themenfelder')).map((t) => [t.id, t.data.prioritaet]));
    for (const [stufe, n] of [['I', 1], ['II', 2], ['III', 3]] as const) {
      // Only projects of the strategy (Steckbrief or a documented link) count for a tier.
      const expected = read(path.join(content, 'projekte')).filter((p) => tier[p.data.themenfeld] === stufe && ['steckbrief', 'belegt'].includes(p.data.bezug)).map((p) => `/projekte/${p.id}/`).sort();
      const listed = [...page(dist, `/projekte/prioritaet-${n}/`).matchAll(/<h2><a href="(\/projekte\/[^"]+)">/g)].map((m) => m[1]).sort();
      expect(listed, `Priorität ${stufe}`).toEqual(expected);
    }
  });

  it('shows the Stand on every content page', () => {
    const pages = [...['projekte', 'kommunen', 'themenfelder'].flatMap((c) => idsIn(content, c).map((id) => `/${c}/${id}/`)), '/leitbild/', ...idsIn(content, 'seiten').map((id) => `/${id}/`)];
    for (const p of pages) expect(page(dist, p), p).toContain('<strong>Stand:</strong>');
  });

  it('leaves unknown facts out of a Steckbrief and sums them up in at most one "Nicht belegt" line', () => {
    for (const id of idsIn(content, 'projekte')) {
      const html = page(dist, `/projekte/${id}/`);
      expect((html.match(/data-nicht-belegt/g) ?? []).length, id).toBeLessThanOrEqual(1);
      expect(html.replace(/<script[\s\S]*?<\/script>/g, ''), id).not.toMatch(/>[^<]*keine Angabe[^<]*</);
    }
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
    expect(entry.languages.de.page_count).toBeGreaterThanOrEqual(idsIn(content, 'projekte').length);
    expect(readdirSync(path.join(dist, 'pagefind/filter')).length).toBeGreaterThan(0);
  });

  it('sends no JavaScript to content pages, except the copy button of the citation on Steckbrief, Kommune and Themenfeld pages', () => {
    const scripts = (p: string) => [...page(dist, p).matchAll(/<script([^>]*)>/g)].map((m) => m[1]!).filter((a) => !a.includes('application/ld+json'));
    for (const p of ['/', '/leitbild/', '/chronik/', '/kommunen/']) expect(scripts(p), p).toEqual([]);
    for (const c of ['projekte', 'kommunen', 'themenfelder']) {
      for (const id of idsIn(content, c)) expect(scripts(`/${c}/${id}/`), `${c}/${id}`).toEqual([' src="/kopieren.js" defer']);
    }
  });
});

/** Behaviour a visitor notices, on the fictional fixture (tests/fixtures/basis). */
describe('the fixture site', () => {
  const { dir: dist } = inject('fixture');

  it('shows a Kommune\'s decisions with body, date and Vorlage', () => {
    const html = page(dist, '/kommunen/teststadt/');
    expect(html).toMatch(/Stadtrat/);
    expect(html).toMatch(/TS\/7\/2021/);
  });

  it('lists on each tier page the projects of that tier only', () => {
    expect(page(dist, '/projekte/prioritaet-1/')).toMatch(/Erfundenes Verwaltungsprojekt/);
    expect(page(dist, '/projekte/prioritaet-1/')).not.toMatch(/Förderprojekt/);
    expect(page(dist, '/projekte/prioritaet-2/')).toMatch(/Erfundenes Förderprojekt/);
    expect(page(dist, '/projekte/prioritaet-2/')).not.toMatch(/Verwaltungsprojekt/);
  });

  it('links every citation to the page of its source, which links back', () => {
    const html = page(dist, '/projekte/foerderprojekt/');
    expect(html).not.toMatch(/quelle:/);
    const cited = [...new Set([...html.matchAll(/href="\/quellen\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))];
    expect(cited.sort()).toEqual(['testartikel', 'testvorlage']);
    for (const id of cited) {
      expect(page(dist, `/quellen/${id}/`)).toContain('<a href="/projekte/foerderprojekt/">');
      // Links to the former anchors on the source list still land on the source.
      expect(page(dist, '/quellen/')).toContain(`id="${id}"`);
    }
  });

  it('dates a page by its newest change note, lists the notes and the first publication, and shows no commit message anywhere', () => {
    const html = page(dist, '/projekte/foerderprojekt/');
    expect(html).toContain('<strong>Stand:</strong> <time datetime="2024-03-01">1. März 2024</time> – Zweite Angabe zur Förderung ergänzt.');
    expect(html).toMatch(/<time datetime="2023-05-10">10\. Mai 2023<\/time>: Status auf „bewilligt“ gesetzt\./);
    expect(html).toContain('projekte/foerderprojekt.md');
    // A page without notes is dated by its first publication (the first commit of its file).
    const first = spawnSync('git', ['log', '--reverse', '--format=%cI', '--', 'tests/fixtures/basis/projekte/verwaltungsprojekt.md'], { encoding: 'utf8' }).stdout.slice(0, 10);
    if (first) expect(page(dist, '/projekte/verwaltungsprojekt/')).toContain(`<strong>Stand:</strong> <time datetime="${first}">`);
    const subjects = spawnSync('git', ['log', '--format=%s', '-n', '30', '--', 'tests/fixtures/basis'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.length > 12);
    for (const file of htmlFiles(dist)) for (const subject of subjects) expect(readFileSync(file, 'utf8'), `${file}: ${subject}`).not.toContain(subject);
  });

  it('files a Steckbrief under its tier in the search filters, and indexes its facts as separate words without the repeated labels', () => {
    expect(page(dist, '/projekte/foerderprojekt/')).toMatch(/data-pagefind-filter="Priorität:Priorität II"/);
    const fragments = readdirSync(path.join(dist, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(path.join(dist, 'pagefind/fragment', f))).toString('utf8').replace(/^pagefind_dcd/, ''));
    const projekt = fragments.map((f) => JSON.parse(f) as { url: string; content: string }).find((f) => f.url === '/projekte/foerderprojekt/')!;
    expect(projekt.content).toMatch(/ Testfeld[ .]/);
    expect(projekt.content).toContain('Priorität II');
    expect(projekt.content).toMatch(/ Teststadt[ .]/);
    expect(projekt.content).not.toMatch(/Federführung|ThemenfeldTestfeld/);
  });

  it('offers near the top of a Steckbrief a citation of its current Fassung: title, publisher, permanent URL, Stand; also as BibTeX and CSL-JSON', () => {
    const html = page(dist, '/projekte/foerderprojekt/');
    expect(html).toMatch(/<p id="zitiervorschlag-text" class="zitiervorschlag__text">Erfundenes Förderprojekt „Marktplatz“\. In: Teststrategie 1\.0 – Gemeinsam testen\. Herausgeber: Testkreis, Der Landrat\. https:\/\/teststrategie\.example\.invalid\/projekte\/foerderprojekt\/(fassung\/[\d-]+\/)? \(Stand: \d+\. \S+ \d{4}\)\. Abgerufen am: …<\/p>/);
    expect(html.indexOf('Diese Seite zitieren')).toBeLessThan(html.indexOf('Beteiligte Kommunen'));
    expect(html).toContain('@misc{foerderprojekt,');
    expect(html).toContain('&quot;type&quot;: &quot;webpage&quot;');
    expect(html).toMatch(/<button type="button" class="kern-btn kern-btn--secondary" data-kopieren="zitiervorschlag-text" data-nur-mit-js>/);
  });
});

describe('other content folders', () => {
  it('builds the site from a content folder outside git', () => {
    const dist = path.join(outRoot, 'ausserhalb');
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

  it('stops before building, naming the address and the alias fix, when a renamed entry loses its published URL', () => {
    const dist = path.join(outRoot, 'verloren');
    const dir = contentWith();
    writeFileSync(path.join(dir, 'permalinks.txt'), '# Test\n/\n/projekte/testprojekt/\n');
    renameSync(path.join(dir, 'projekte/testprojekt.md'), path.join(dir, 'projekte/neuer-name.md'));
    const { code, out } = build(dist, { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(out).toMatch(/permalinks\.txt:3:1: Fehler: Die veröffentlichte Adresse \/projekte\/testprojekt\/ gibt es nicht mehr/);
    expect(out).toMatch(/tragen Sie in projekte\/neuer-name\.md die Zeile „alias: \[testprojekt\]“ ein/);
    expect(existsSync(dist)).toBe(false);
  });

  it('fails, naming the URL, when any other published page is no longer built', () => {
    const dist = path.join(outRoot, 'verloren-liste');
    const dir = contentWith();
    writeFileSync(path.join(dir, 'permalinks.txt'), '# Test\n/\n/projekte/seite/2/\n');
    const { code, out } = build(dist, { CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(out).toMatch(/gibt es im Build nicht mehr:\n\s+\/projekte\/seite\/2\//);
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
    expect(out).toMatch(/seiten\/code-beim-bauen\.mdx:6:1: Fehler: „import“ ist in Inhaltsdateien nicht erlaubt/);
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
