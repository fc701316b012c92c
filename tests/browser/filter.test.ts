/** The filter bar on /projekte/ narrows the list in place; its URL reproduces the view; without JavaScript the static indexes serve. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSiteInBrowser } from '../helpers/browser.ts';

const ctx = servedSiteInBrowser('fixture');

const visibleTitles = (page: Page) => page.locator('.liste-projekte > li:not([hidden]) h2').allInnerTexts();

describe('filter bar', () => {
  it('narrows the list to the chosen tier and status and puts the choice in the URL', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/projekte/`);
    const all = await visibleTitles(page);
    await page.getByLabel('Priorität', { exact: true }).selectOption('II');
    const tier2 = await visibleTitles(page);
    expect(tier2.length).toBeGreaterThan(0);
    expect(tier2.length).toBeLessThan(all.length);
    expect(tier2).toContain('Erfundenes Förderprojekt „Marktplatz“');
    expect(tier2).not.toContain('Erfundenes Verwaltungsprojekt');
    expect(page.url()).toBe(`${ctx.server.url}/projekte/?prioritaet=II`);
    await page.getByLabel('Kommune', { exact: true }).selectOption('teststadt');
    const narrowed = await visibleTitles(page);
    expect(page.url()).toBe(`${ctx.server.url}/projekte/?prioritaet=II&kommune=teststadt`);
    expect(await page.locator('[data-filter-anzahl]').innerText()).toBe(narrowed.length === 1 ? '1 Projekt' : `${narrowed.length} Projekte`);

    // The same URL opened afresh shows the same view.
    const again = await ctx.browser.newPage();
    await again.goto(page.url());
    expect(await visibleTitles(again)).toEqual(narrowed);
    expect(await again.getByLabel('Kommune', { exact: true }).inputValue()).toBe('teststadt');
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.waitForURL(`${ctx.server.url}/projekte/`);
    expect(await visibleTitles(page)).toEqual(all);
    await Promise.all([page.close(), again.close()]);
  });

  it('is hidden without JavaScript, and the static indexes list the same projects', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.server.url}/projekte/`);
    expect(await page.locator('[data-filterleiste]').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Priorität II', exact: true }).first().click();
    await page.waitForURL(`${ctx.server.url}/projekte/prioritaet-2/`);
    const staticTier2 = await page.locator('.liste-projekte > li h2').allInnerTexts();
    await context.close();

    const js = await ctx.browser.newPage();
    await js.goto(`${ctx.server.url}/projekte/?prioritaet=II`);
    expect(await visibleTitles(js)).toEqual(staticTier2);
    await js.close();
  });
});
