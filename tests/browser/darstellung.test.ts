/**
 * What a visitor sees of unknown facts, old statuses, strategy and other projects, and search ranking,
 * on a fictional site (tests/fixtures/basis plus tests/fixtures/darstellung) built once for this file.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { contentWith, FIXTURES } from '../helpers/content.ts';
import { serve } from '../helpers/serve.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'darstellung-'));
const dist = path.join(root, 'dist');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  const content = contentWith();
  cpSync(path.join(FIXTURES, 'darstellung'), content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  server = await serve(dist);
  browser = await launch();
}, 320_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(pfad: string, width = 1280): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await page.goto(server.url + pfad, { waitUntil: 'networkidle' });
  return page;
}
const sichtbarerText = (page: Page) => page.locator('main').innerText();

describe('unknown facts', () => {
  it('a Steckbrief with many unknown fields shows no "keine Angabe" and one "Nicht belegt" line', async () => {
    const page = await open('/projekte/viele-luecken/');
    const text = await sichtbarerText(page);
    expect(text).not.toMatch(/keine Angabe/i);
    const zeilen = page.locator('[data-nicht-belegt]');
    expect(await zeilen.count()).toBe(1);
    const zeile = await zeilen.innerText();
    for (const feld of ['Status', 'Ziel', 'Federführung', 'Kontakt', 'Beginn', 'Ende', 'Beteiligte Kommunen', 'Förderung']) expect(zeile).toContain(feld);
    await page.context().close();
  });

  it('no page of the site shows "keine Angabe" in its visible text', async () => {
    for (const pfad of ['/', '/projekte/', '/projekte/testprojekt/', '/projekte/alter-stand/', '/kommunen/', '/kommunen/testdorf/', '/themenfelder/testfeld/', '/quellen/', '/quellen/testvorlage/', '/chronik/', '/chronik/beschluesse/']) {
      const page = await open(pfad);
      expect(await page.locator('body').innerText(), pfad).not.toMatch(/keine Angabe/i);
      await page.context().close();
    }
  }, 120_000);
});

describe('status honesty', () => {
  it('shows a status whose evidence is older than the set age as "zuletzt belegt", wherever it appears', async () => {
    const erwartet: [string, string, RegExp][] = [
      ['/projekte/alter-stand/', '.merkmale [data-veraltet]', /In Umsetzung, zuletzt belegt: Juli 2019/],
      ['/projekte/', 'li:has(a[href="/projekte/alter-stand/"]) [data-veraltet]', /zuletzt belegt: Juli 2019/],
      ['/themenfelder/testfeld/', 'li:has(a[href="/projekte/alter-stand/"]) [data-veraltet]', /zuletzt belegt: Juli 2019/],
      // A Kommune's part in a project is dated by the newest source that documents it.
      ['/kommunen/testdorf/', 'li:has(a[href="/projekte/alter-stand/"]) [data-veraltet]', /zuletzt belegt: 1\. Juni 2021/],
    ];
    for (const [pfad, wo, text] of erwartet) {
      const page = await open(pfad);
      expect(await page.locator(wo).first().innerText(), pfad).toMatch(text);
      await page.context().close();
    }
    // A recent status reads as current, with its date.
    const page = await open('/projekte/testprojekt/');
    expect(await page.locator('.merkmale [data-status="in-umsetzung"]').innerText()).toMatch(/Stand: Mai 2024|zuletzt belegt: Mai 2024/);
    await page.context().close();
  }, 90_000);
});

describe('strategy projects and other projects', () => {
  it('tier pages count only strategy projects; the others have their own, explained section', async () => {
    const tier = await open('/projekte/prioritaet-2/');
    const listed = await tier.locator('.liste-projekte a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    expect(listed).toContain('/projekte/testprojekt/');
    expect(listed).toContain('/projekte/alter-stand/');
    expect(listed).not.toContain('/projekte/anderes-vorhaben/');
    await tier.context().close();
    for (const pfad of ['/projekte/', '/themenfelder/testfeld/']) {
      const page = await open(pfad);
      const weitere = page.locator('[data-gruppe="weitere"]');
      expect(await weitere.getByRole('heading', { name: 'Weitere Digitalisierungsvorhaben im Kreis' }).count(), pfad).toBe(1);
      expect(await weitere.locator('a[href="/projekte/anderes-vorhaben/"]').count(), pfad).toBe(1);
      expect(await page.locator('[data-gruppe="strategie"] a[href="/projekte/anderes-vorhaben/"]').count(), pfad).toBe(0);
      await page.context().close();
    }
  }, 90_000);
});

describe('search', () => {
  it('ranks the project first for the words of its title, above a source that repeats them', async () => {
    const page = await open('/suche/?q=Gl%C3%A4serner%20Wochenmarkt');
    await page.locator('.suchergebnisse a').first().waitFor({ timeout: 20_000 });
    const hrefs = await page.locator('.suchergebnisse h2 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    expect(hrefs).toContain('/quellen/wochenmarkt-bericht/');
    expect(hrefs[0]).toBe('/projekte/alter-stand/');
    expect(await page.locator('.suchergebnisse .treffer-art').first().textContent()).toBe('Projekt');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    // The filters count the results of this query and offer only values that have some.
    await page.getByText('Ergebnisse eingrenzen').click();
    const art = page.getByRole('group', { name: 'Art' });
    await art.getByLabel('Projekt (1)').waitFor({ timeout: 10_000 });
    expect(await art.getByLabel('Quelle (1)').isVisible()).toBe(true);
    expect(await art.getByLabel(/^Kommune \(/).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('every page type of the fixture site', () => {
  const seiten = ['/', '/projekte/', '/projekte/prioritaet-2/', '/projekte/viele-luecken/', '/projekte/alter-stand/', '/kommunen/', '/kommunen/testdorf/',
    '/themenfelder/', '/themenfelder/testfeld/', '/chronik/', '/chronik/beschluesse/', '/quellen/', '/quellen/wochenmarkt-bericht/', '/impressum/', '/suche/?q=Wochenmarkt'];

  it('has no accessibility violations (axe-core, WCAG 2.1 A and AA)', async () => {
    const violations: string[] = [];
    for (const pfad of seiten) {
      const page = await open(pfad);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) violations.push(`${pfad}: ${v.id}: ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      await page.context().close();
    }
    expect(violations).toEqual([]);
  }, 300_000);

  it('fits 320 px without horizontal scrolling; the phone header is at most 120 px tall and its menu works without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const pfad of seiten) {
      await page.goto(server.url + pfad);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pfad).toBeLessThanOrEqual(320);
    }
    await page.goto(server.url + '/');
    const kopf = await page.evaluate(() => document.querySelector('.kopf')!.getBoundingClientRect().bottom);
    expect(kopf).toBeLessThanOrEqual(120);
    await page.getByText('Menü', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Hauptnavigation (Menü)' }).getByRole('link', { name: 'Projekte' }).click();
    await page.waitForURL(/\/projekte\/$/);
    await context.close();
  }, 120_000);
});
