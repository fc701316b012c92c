/**
 * A strategy larger than one page per list (generated corpus, 230 projects):
 * lists split into pages, every project and source stays reachable by links
 * alone, long lists on Kommune pages link to their full index, and the filter
 * bar filters all projects, not only those on the first page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/build/corpus.ts';
import { launch } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { linksIn, resolvesInSite } from '../helpers/site-files.ts';

const PROJEKTE = 230;
let root: string;
let dist: string;
let korpus: string;
let build: { status: number | null; out: string };

const page = (sitePath: string) => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
const ids = (folder: string) => readdirSync(path.join(korpus, folder)).map((f) => f.replace(/\.md$/, ''));
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)![1];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gross-'));
  korpus = path.join(root, 'korpus');
  dist = path.join(root, 'dist');
  generateCorpus(korpus, { projekte: PROJEKTE, kommunen: 4, seed: 21 });
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: korpus, GITHUB_ACTIONS: '' }, encoding: 'utf8', timeout: 300_000,
  });
  build = { status: r.status, out: r.stdout + r.stderr };
}, 320_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a strategy with more projects than a page holds', () => {
  it('builds', () => {
    expect(build.status, build.out).toBe(0);
  });

  it('reaches every project and every source by following links from the start page', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const from = queue.shift()!;
      for (const link of linksIn(page(from))) {
        if (link.attribute !== 'href' || link.tag !== 'a') continue;
        const target = new URL(link.value, `http://site${from}`);
        if (target.host !== 'site' || !target.pathname.endsWith('/')) continue;
        if (!seen.has(target.pathname) && resolvesInSite(dist, from, target.pathname)) {
          seen.add(target.pathname);
          queue.push(target.pathname);
        }
      }
    }
    const missing = [
      ...ids('projekte').map((id) => `/projekte/${id}/`),
      ...ids('quellen').map((id) => `/quellen/${id}/`),
    ].filter((p) => !seen.has(p));
    expect(missing).toEqual([]);
  });

  it('splits /projekte/ into pages of 100 with unique titles and page links', () => {
    expect(titleOf(page('/projekte/'))).toMatch(/^Projekte – Seite 1 von 3 /);
    const zwei = page('/projekte/seite/2/');
    expect(titleOf(zwei)).toMatch(/^Projekte – Seite 2 von 3 /);
    expect(zwei).toContain('Projekte 101 bis 200 von 230');
    expect(zwei).toMatch(/<a href="\/projekte\/seite\/2\/" aria-current="page"/);
    expect(zwei).toMatch(/<a href="\/projekte\/" rel="prev">Vorherige Seite<\/a>/);
    expect(zwei).toMatch(/<a href="\/projekte\/seite\/3\/" rel="next">Nächste Seite<\/a>/);
    const count = (html: string) => (html.match(/<li data-prioritaet=/g) ?? []).length;
    expect([count(page('/projekte/')), count(zwei), count(page('/projekte/seite/3/'))]).toEqual([100, 100, 30]);
  });

  it('shows the first 100 projects of a large Kommune on its page and links to its full index', () => {
    const sizes = ids('kommunen').map((id) => ({ id, html: page(`/kommunen/${id}/`) }));
    const large = sizes.find((k) => /Alle [\d.]+ Projekte mit Beteiligung von/.test(k.html));
    expect(large, 'a Kommune with more than 100 projects in the corpus').toBeDefined();
    expect((large!.html.match(/<li data-prioritaet=/g) ?? []).length).toBe(100);
    expect(large!.html).toContain(`href="/projekte/kommune/${large!.id}/"`);
    expect(page(`/projekte/kommune/${large!.id}/seite/2/`)).toContain('Seite 2 von 2');
  });

  describe('filter bar over all pages', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serve>>;
    beforeAll(async () => {
      server = await serve(dist);
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('keeps split lists, their page links and the filter results accessible (axe-core, WCAG 2.1 A and AA) and within 320 px', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const tab = await context.newPage();
      const problems: string[] = [];
      for (const p of ['/projekte/seite/2/', '/kommunen/seite/2/', `/quellen/${ids('quellen')[0]}/`, '/projekte/?status=geplant']) {
        await tab.goto(server.url + p, { waitUntil: 'networkidle' });
        if (p.includes('?')) await tab.locator('[data-filter-treffer] a').first().waitFor();
        const result = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of result.violations) problems.push(`${p}: ${v.id}: ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        const width = await tab.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) problems.push(`${p}: ${width} px breit`);
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 60_000);

    it('finds matching projects beyond the first page and links each to its Steckbrief', async () => {
      const expected = ids('projekte').filter((id) => /\n {2}wert: geplant\n/.test(readFileSync(path.join(korpus, 'projekte', `${id}.md`), 'utf8')));
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/projekte/?status=geplant`);
      const count = tab.locator('[data-filter-anzahl]');
      await expect.poll(() => count.innerText()).toBe(`${expected.length} Projekte`);
      expect(await tab.locator('.seitennavigation').isHidden()).toBe(true);
      const hrefs = await tab.locator('[data-filter-treffer] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBe(Math.min(100, expected.length));
      expect(hrefs.every((h) => expected.includes(h!.replace(/^\/projekte\/|\/$/g, '')))).toBe(true);
      // Back to all: the page's own list and page links return.
      await tab.getByRole('button', { name: 'Filter zurücksetzen' }).click();
      await expect.poll(() => tab.locator('.seitennavigation').isVisible()).toBe(true);
      expect(new URL(tab.url()).search).toBe('');
      await tab.close();
    });
  });
});
