/** Search in a real browser, on the fixture site: a word from a project finds that project, and nothing leaves the site. */
import { describe, expect, it } from 'vitest';
import { servedSiteInBrowser } from '../helpers/browser.ts';

const ctx = servedSiteInBrowser('fixture');

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
    await page.getByLabel('Suchbegriff').fill('Förderprojekt');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\/suche\/\?q=F%C3%B6rderprojekt/);
    const result = page.locator('.suchergebnisse a[href="/projekte/foerderprojekt/"]');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toContain('Förderprojekt');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stems German words: the plural "Marktplätze" finds the page about the "Marktplatz"', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/suche/?q=Marktpl%C3%A4tze`);
    await page.locator('.suchergebnisse a').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('.suchergebnisse a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/projekte/foerderprojekt/');
    await page.close();
  });

  it('narrows results with German filters that load only when opened, and the URL keeps the query', async () => {
    const page = await ctx.browser.newPage();
    const filterFiles: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterFiles.push(r.url()));
    await page.goto(`${ctx.server.url}/suche/?q=erfunden`);
    const status = page.getByRole('status');
    await page.locator('.suchergebnisse a').first().waitFor({ timeout: 15_000 });
    const before = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    expect(filterFiles).toEqual([]);
    await page.getByText('Ergebnisse eingrenzen').click();
    await page.getByRole('group', { name: 'Art' }).waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    await page.getByRole('group', { name: 'Art' }).getByLabel(/^Projekt \(/).check();
    await page.waitForFunction((n) => {
      const m = document.querySelector('[data-suche-status]')?.textContent?.match(/^(\d+)/);
      return m && Number(m[1]) < n;
    }, before);
    // The count is announced first; the result list follows once the results' data has loaded.
    await page.locator('.suchergebnisse a').first().waitFor();
    const hrefs = await page.locator('.suchergebnisse a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/projekte\/[a-z0-9-]+\/$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('erfunden');
    await page.close();
  });
});
