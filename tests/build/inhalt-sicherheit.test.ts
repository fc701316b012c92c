/**
 * Content is data, by construction (issue 15): the hostile corpus, built by Astro without the validator
 * in front, puts no element, attribute or address outside the allowlist on any page; .mdx texts render
 * the site's components and nothing else; the exports stay well-formed and formula cells stay text.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { writeSitemap } from '../../src/build/sitemap.ts';
import { INHALT_SCHEMA, SITE_IMAGE_SRC } from '../../src/markdown/allowlist.ts';
import { FORMEL_ANFANG } from '../../src/data/open-data.ts';
import { grayMatter } from '../../src/validation/read-source.ts';
import { feindlicherInhalt } from '../helpers/feindlich.ts';
import { FIXTURES } from '../helpers/content.ts';
import { htmlFiles, sitePathOf } from '../helpers/site-files.ts';

const SITE = 'https://beispiel.invalid';
const { dir, faelle } = feindlicherInhalt();
copyFileSync(path.join(FIXTURES, 'feindlich/formel-titel.md'), path.join(dir, 'projekte/formel-titel.md'));
copyFileSync(path.join(FIXTURES, 'feindlich/komponenten.mdx'), path.join(dir, 'seiten/komponenten.mdx'));
copyFileSync(path.join(FIXTURES, 'feindlich/code-in-mdx.mdx'), path.join(dir, 'seiten/code-in-mdx.mdx'));
// The .mdx file that ran a shell command at build time ("touch BUILD_MARKER" in the working directory).
copyFileSync(path.join(FIXTURES, 'fehler/code-beim-bauen.mdx'), path.join(dir, 'seiten/code-beim-bauen.mdx'));
const MARKER = path.resolve('BUILD_MARKER');
// An image next to the text that shows it.
copyFileSync(path.join(FIXTURES, 'feindlich/lageplan.png'), path.join(dir, 'projekte/lageplan.png'));
copyFileSync(path.join(FIXTURES, 'feindlich/bild-projekt.md'), path.join(dir, 'projekte/bild-projekt.md'));
const formel = grayMatter(readFileSync(path.join(FIXTURES, 'feindlich/formel-titel.md'), 'utf8')).data as Record<string, string>;

const root = mkdtempSync(path.join(os.tmpdir(), 'feindlich-'));
const dist = path.join(root, 'dist');
let build: { code: number | null; out: string };
beforeAll(() => {
  // Astro alone, without the validator that would stop this content: the sanitizer is the second layer.
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: dir, SITE_URL: SITE, BASE_PATH: '' }, encoding: 'utf8', timeout: 240_000,
  });
  build = { code: r.status, out: r.stdout + r.stderr };
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (p: string) => readFileSync(path.join(dist, p), 'utf8');
const tree = (html: string) => unified().use(rehypeRaw).runSync({ type: 'root', children: [{ type: 'raw', value: html }] } as never) as Root;
function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}
const textDiv = (html: string) => [...elements(tree(html))].find((e) => e.tagName === 'div' && (e.properties.className as string[] | undefined)?.includes('text'));
const allowedAttributes = (tag: string) =>
  new Set([...(INHALT_SCHEMA.attributes?.[tag] ?? []), ...(INHALT_SCHEMA.attributes?.['*'] ?? [])].map((a) => (typeof a === 'string' ? a : a[0])));
const SAFE_HREF = /^(https?:|mailto:|tel:|\/(?![/\\])|#|[^:/\\]*(\/|$))/;

describe('hostile content built without the validator', () => {
  it('builds', () => expect(build.code, build.out).toBe(0));

  it('has no element, attribute or address outside the allowlist in any content text', () => {
    const outside: string[] = [];
    for (const [i] of faelle.entries()) {
      const seite = `projekte/feindlich-${String(i + 1).padStart(2, '0')}/index.html`;
      const text = textDiv(read(seite));
      if (!text) continue; // everything was removed
      for (const e of elements(text)) {
        if (!INHALT_SCHEMA.tagNames!.includes(e.tagName)) outside.push(`${seite}: <${e.tagName}>`);
        const erlaubt = allowedAttributes(e.tagName);
        for (const [name, value] of Object.entries(e.properties)) {
          if (name === 'id' && /^h[1-6]$/.test(e.tagName)) continue; // heading anchors added by Astro after sanitizing
          if (!erlaubt.has(name)) outside.push(`${seite}: <${e.tagName} ${name}>`);
          if (name === 'href' && !SAFE_HREF.test(String(value))) outside.push(`${seite}: href="${String(value)}"`);
          if (name === 'src' && !SITE_IMAGE_SRC.test(String(value))) outside.push(`${seite}: src="${String(value)}"`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('runs and loads nothing the content brought, on any page', () => {
    const found: string[] = [];
    for (const file of htmlFiles(dist)) {
      const seite = sitePathOf(dist, file);
      for (const e of elements(tree(readFileSync(file, 'utf8')))) {
        for (const [name, value] of Object.entries(e.properties)) {
          const text = Array.isArray(value) ? value.join(' ') : String(value);
          if (/^on/i.test(name)) found.push(`${seite}: <${e.tagName} ${name}>`);
          if (/alert|x\.invalid|msgbox|passwd/.test(text) && !(e.tagName === 'link' || e.tagName === 'meta')) found.push(`${seite}: <${e.tagName} ${name}="${text}">`);
        }
        if (e.tagName === 'script' && JSON.stringify(e.children).includes('alert')) found.push(`${seite}: <script>alert</script>`);
      }
      const text = textDiv(readFileSync(file, 'utf8'));
      for (const e of text ? elements(text) : []) {
        if (['script', 'style', 'iframe', 'object', 'embed', 'base', 'form', 'svg', 'math', 'noscript', 'picture', 'source', 'meta', 'link'].includes(e.tagName)) found.push(`${seite}: <${e.tagName}> im Text`);
      }
    }
    expect(found).toEqual([]);
  });

  it('renders the allowed MDX components as plain HTML', () => {
    const html = read('komponenten/index.html');
    expect(html).toMatch(/<div class="inhalt-hinweis" role="note" aria-label="Zum Stand">/);
    expect(html).toMatch(/<strong>Markdown<\/strong>/);
    expect(html).toMatch(/<span class="inhalt-kennzahl__wert">1\.000 €<\/span>/);
    expect(html).toMatch(/<figure class="inhalt-zitat"><blockquote>[\s\S]*Ein zitierter Satz\.[\s\S]*<figcaption>– Eine Person, Funktion/);
    expect(html).toContain('href="/quellen/testvorlage/"');
  });

  it('shows the components accessibly (axe-core, WCAG 2.1 A and AA) and within 320 px', async () => {
    const server = await serve(dist);
    const browser = await launch();
    try {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/komponenten/`);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);

  it('shows an image next to the text, optimised by Astro, from the site itself', () => {
    const img = /<img [^>]*>/.exec(textDiv(read('projekte/bild-projekt/index.html')) ? read('projekte/bild-projekt/index.html').split('class="text"')[1]! : '')?.[0];
    expect(img).toMatch(/alt="Lageplan des Projekts"/);
    expect(img).toMatch(/src="\/_astro\/lageplan\.[\w-]+\.webp"/);
    expect(read('projekte/bild-projekt/index.html')).not.toContain('__ASTRO_IMAGE_');
  });

  it('never runs an import or export of an .mdx file, even without the validator', () => {
    expect(existsSync(MARKER)).toBe(false);
    expect(read('code-beim-bauen/index.html')).toContain('Text.');
  });

  it('drops exports, expressions, unknown components and foreign HTML from MDX, keeping their text', () => {
    const text = textDiv(read('code-in-mdx/index.html'));
    const html = JSON.stringify(text);
    expect(html).not.toMatch(/EXPORTIERT|AUSGEWERTET|Warnung|onclick|alert/i);
    expect(html).toContain('Text in einer unbekannten Komponente');
    expect(html).toContain('Text in einem div');
    const divs = [...elements(text!)].filter((e) => e.tagName === 'div');
    expect(divs.map((e) => e.properties.className)).toEqual([['inhalt-hinweis']]);
  });
});

describe('exports stay well-formed for every input', () => {
  it('writes formula-like CSV cells as text that round-trips apart from the apostrophe', () => {
    const rows = parseCsv(read('daten/projekte.csv'), { delimiter: ';', bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    const row = rows.find((r) => r.id === 'formel-titel')!;
    expect(row.titel).toBe(`'${formel.titel}`);
    expect(row.kennung).toBe(`'${formel.kennung}`);
    expect(row.federfuehrung).toBe(`'${formel.federfuehrung}`);
    for (const r of rows) for (const [spalte, wert] of Object.entries(r)) expect(FORMEL_ANFANG.test(wert), `${r.id}.${spalte}: ${wert}`).toBe(false);
    // Every other cell is exactly the value of the JSON dataset.
    const json = JSON.parse(read('daten/projekte.json')).eintraege.find((e: { id: string }) => e.id === 'formel-titel');
    expect(row.titel.slice(1)).toBe(json.titel);
    expect(row.url).toBe(json.url);
  });

  it('keeps the JSON datasets exact, control characters, right-to-left text and emoji included', () => {
    const json = JSON.parse(read('daten/projekte.json')).eintraege.find((e: { id: string }) => e.id === 'formel-titel');
    expect(json.titel).toBe(formel.titel);
    expect(json.beschreibung).toBe(formel.beschreibung);
  });

  it('writes JSON-LD that cannot close its script element and parses to the same title', () => {
    const html = read('projekte/formel-titel/index.html');
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toMatch(/<\/script|<!--|]]>/i);
    expect(JSON.parse(scripts[0]!).name).toBe(formel.titel);
  });

  it('writes an Atom feed and a sitemap that are well-formed XML', () => {
    const feed = read('aenderungen.xml');
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).toContain('‮עברית 🎉');
    expect(feed).not.toMatch(/[\u0001\u001f]/);
    writeSitemap(dist, SITE, '/');
    expect(XMLValidator.validate(read('sitemap.xml'))).toBe(true);
  });
});
