/** A Steckbrief prints cleanly: no navigation, the citation stays, one or two A4 pages. */
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { servedSiteInBrowser } from '../helpers/browser.ts';

const ctx = servedSiteInBrowser('fixture');
const { content } = inject('fixture');

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('printing a Steckbrief', () => {
  it('hides header, navigation, breadcrumbs and footer, and keeps the content and the citation', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/projekte/foerderprojekt/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.kopf', 'nav.navigation', '.brotkrumen', 'footer.fuss']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('#zitiervorschlag-text').isVisible()).toBe(true);
    await page.close();
  });

  it('fits every Steckbrief on one or two A4 pages', async () => {
    const page = await ctx.browser.newPage();
    const counts: Record<string, number> = {};
    for (const id of readdirSync(`${content}/projekte`).map((f) => f.replace(/\.md$/, ''))) {
      await page.goto(`${ctx.server.url}/projekte/${id}/`);
      counts[id] = pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
    }
    await page.close();
    expect(Object.entries(counts).filter(([, n]) => n < 1 || n > 2)).toEqual([]);
  }, 60_000);
});
