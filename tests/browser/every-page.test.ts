/**
 * Every page in a real browser, on the real site and on the fixture: no console error, no request to
 * another host, no horizontal scrolling at 320 px, and zero axe-core violations of WCAG 2.1 A/AA.
 * Redirect pages (former ids) are pages too: they are checked as they render, without following the refresh.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedSiteInBrowser } from '../helpers/browser.ts';
import { htmlFiles, sitePathOf } from '../helpers/site-files.ts';

const REFRESH = /<meta http-equiv="refresh"[^>]*>/;

describe.each(['site', 'fixture'] as const)('every page of the %s in Chromium', (which) => {
  const site = inject(which);
  const files = htmlFiles(site.dir).filter((f) => !sitePathOf(site.dir, f).startsWith('/csp-probe/'));
  const pages = files.map((f) => sitePathOf(site.dir, f));
  const redirects = new Map(files.filter((f) => REFRESH.test(readFileSync(f, 'utf8'))).map((f) => [sitePathOf(site.dir, f), readFileSync(f, 'utf8').replace(REFRESH, '')]));
  const ctx = servedSiteInBrowser(which);

  /** A browser context in which redirect pages render without following their refresh. */
  async function contextFor(options: Parameters<typeof ctx.browser.newContext>[0] = {}): Promise<BrowserContext> {
    const context = await ctx.browser.newContext(options);
    await context.route((url) => redirects.has(url.pathname), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: redirects.get(new URL(route.request().url()).pathname)! }));
    return context;
  }

  it('includes the redirect pages of former ids', () => {
    if (which === 'fixture') expect([...redirects.keys()]).toContain('/projekte/marktplatz-alt/');
  });

  it('loads without console errors and without requests to other hosts', async () => {
    const context = await contextFor();
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
  }, 180_000);

  it('fits a 320 px wide screen without horizontal scrolling (wide tables scroll in their own box)', async () => {
    const context = await contextFor({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const p of pages) {
      await page.goto(ctx.server.url + p, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${p}: ${width} px`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  }, 180_000);

  it('has no accessibility violations (axe-core, WCAG 2.1 A and AA)', async () => {
    const context = await contextFor();
    const page = await context.newPage();
    const violations: string[] = [];
    // Every page that is not an entry page, the first entry page of each kind, every redirect page, and a search.
    const entryPage = /^\/(projekte|kommunen|themenfelder|quellen)\/[^/]+\/$/;
    const firstOfKind = new Map<string, string>();
    for (const p of pages) if (entryPage.test(p) && !redirects.has(p) && !firstOfKind.has(p.split('/')[1]!)) firstOfKind.set(p.split('/')[1]!, p);
    const sample = pages.filter((p) => !entryPage.test(p) || redirects.has(p) || [...firstOfKind.values()].includes(p));
    for (const p of [...sample, '/suche/?q=Projekt']) {
      await page.goto(ctx.server.url + p, { waitUntil: 'networkidle' });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) violations.push(`${p}: ${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 420_000);
});
