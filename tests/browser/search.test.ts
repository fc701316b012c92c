/** Search in a real browser: a word from a project finds that project, and nothing leaves the site. */
import { describe, expect, it } from 'vitest';
import { servedSiteInBrowser } from '../helpers/browser.ts';

const ctx = servedSiteInBrowser();

describe('search', () => {
  it('finds the project for a word from its Steckbrief, from the header search form', async () => {
    const page = await ctx.browser.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(ctx.server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${ctx.server.url}/`);
    await page.getByLabel('Suchbegriff').fill('Lastenrad');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\/suche\/\?q=Lastenrad/);
    const result = page.locator('.pagefind-ui__result-link', { hasText: 'E-Lastenrad-Sharing' }).first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('href')).toBe('/projekte/e-lastenrad-sharing/');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stems German words: the plural "Marktplätze" finds the page about the "Marktplatz"', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/suche/?q=Marktpl%C3%A4tze`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/projekte/lorena-heimat-2-0/');
    await page.close();
  });
});
