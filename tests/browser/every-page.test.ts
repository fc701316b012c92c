/**
 * Every page in a real browser: no console error, no request to another host,
 * and zero axe-core violations of WCAG 2.1 A/AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { servedSiteInBrowser } from '../helpers/browser.ts';
import { htmlFiles, sitePathOf } from '../helpers/site-files.ts';

const site = inject('site');
const pages = htmlFiles(site.dir).map((f) => sitePathOf(site.dir, f)).filter((p) => !p.startsWith('/csp-probe/'));
const ctx = servedSiteInBrowser();

describe('every page in Chromium', () => {
  it('loads without console errors and without requests to other hosts', async () => {
    const context = await ctx.browser.newContext();
    const problems: string[] = [];
    let current = '';
    context.on('request', (r) => {
      if (!r.url().startsWith(ctx.server.url) && !r.url().startsWith('data:')) problems.push(`${current}: Anfrage an ${r.url()}`);
    });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`${current}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${current}: ${e.message}`));
    for (const p of pages) {
      current = p;
      await page.goto(ctx.server.url + p, { waitUntil: 'load' });
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('fits a 320 px wide screen without horizontal scrolling (wide tables scroll in their own box)', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const p of pages) {
      await page.goto(ctx.server.url + p, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${p}: ${width} px`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  }, 120_000);

  it('has no accessibility violations (axe-core, WCAG 2.1 A and AA)', async () => {
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    // One page of each type, plus the pages with tables, forms and the search.
    const sample = pages.filter((p) => !/^\/(projekte|kommunen|themenfelder|quellen)\/[^/]+\/$/.test(p) || /\/(lorena-heimat-2-0|billerbeck|kreis-coesfeld|mobilitaet|p13-community-it-und-datensicherheit|az-antrag-zu-co-working-spaces-in-der)\/$/.test(p));
    for (const p of [...sample, '/suche/?q=Marktplatz']) {
      await page.goto(ctx.server.url + p, { waitUntil: 'networkidle' });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) violations.push(`${p}: ${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 420_000);
});
