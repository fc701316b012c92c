/**
 * The CMS in Chromium against the local proxy server, on a copy of the basis
 * fixture in a temporary folder (never content/): an editor creates a project
 * through the form, a required field left empty blocks saving, and editing a
 * Kommune's decision changes only that line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLocalEditor, type LocalEditor } from '../../src/cms/local-editor.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { projektStatus, strategieBezug } from '../../src/schemas/vocab.ts';
import { launch } from '../helpers/browser.ts';

const FIXTURE = path.resolve('tests/fixtures/basis');
const KEINE_ANGABE_BOX = 'keine Angabe (nicht aus den Quellen bekannt)';

let repo: string;
let editor: LocalEditor;
let browser: Browser;

beforeAll(async () => {
  const site = inject('site');
  expect(site.code, site.out).toBe(0);
  repo = mkdtempSync(path.join(os.tmpdir(), 'redaktion-test-'));
  cpSync(FIXTURE, path.join(repo, 'content'), { recursive: true });
  editor = await startLocalEditor({ repoDir: repo, contentRoot: 'content', mode: 'fs', siteDir: site.dir });
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await editor?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const contentFile = (...parts: string[]) => path.join(repo, 'content', ...parts);

/** A page signed in to the local backend, at a route of the CMS. */
async function openCms(route: string, at: LocalEditor = editor): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(at.url);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'Projekte' }).waitFor();
  await page.goto(`${at.url}#${route}`);
  await page.reload();
  return page;
}

/** The input of the field with this German label (the nth of that name). */
async function fieldInput(page: Page, label: string, nth = 0) {
  const labelElement = page.locator(`label:text-is("${label}")`).nth(nth);
  const id = await labelElement.getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Opens the pick list of a field, types part of a name and chooses the entry shown by that name. */
async function choose(page: Page, label: string, shown: string, nth = 0) {
  const input = await fieldInput(page, label, nth);
  await input.click();
  await input.pressSequentially(shown.slice(0, 6));
  await page.getByRole('option', { name: shown, exact: true }).click();
}

async function markUnknown(page: Page, label: string, nth = 0) {
  const id = await page.locator(`label:text-is("${label}")`).nth(nth).getAttribute('for');
  await page.locator(`[id="${id}-keine-angabe"]`).check();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByText('Jetzt veröffentlichen').click();
}

async function waitForFile(file: string, test: (text: string) => boolean) {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (existsSync(file) && test(readFileSync(file, 'utf8'))) return readFileSync(file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${file} wurde nicht geschrieben`);
}

describe('the CMS against the local repository', () => {
  it('creates a project from the form that passes the validator and builds into a Steckbrief', async () => {
    const page = await openCms('/collections/projekte/new');
    await (await fieldInput(page, 'Titel')).fill('Digitale Bürgerdienste im Test');
    await (await fieldInput(page, 'Kurzbeschreibung')).fill('Ein im Formular angelegtes Projekt.');
    await choose(page, 'Themenfeld', 'Testfeld');
    await choose(page, 'Bezug zur Strategie', strategieBezug.label('steckbrief'));
    await markUnknown(page, 'Ziel');
    await (await fieldInput(page, 'Federführung')).fill('Testkreis');
    await choose(page, 'Status', projektStatus.label('in-umsetzung'));
    await (await fieldInput(page, 'Stand des Status')).fill('2024-05-02');
    await choose(page, 'Quellen', 'Erfundene Testvorlage', 0);
    await (await fieldInput(page, 'Beginn')).fill('2023-01-15');
    await markUnknown(page, 'Ende');
    await page.getByRole('button', { name: /beteiligte kommunen hinzufügen/i }).click();
    await choose(page, 'Kommune', 'Testdorf');
    await choose(page, 'Rolle', 'Federführend');
    await choose(page, 'Status', 'Geplant', 1);
    await choose(page, 'Quellen', 'Erfundene Testvorlage', 1);
    await choose(page, 'Quellen', 'Erfundene Testvorlage', 2);

    // The preview pane uses the site's stylesheet.
    const previewStyles = await page.frameLocator('iframe').first().locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(previewStyles.some((href) => /\/_astro\/.*\.css$/.test(href ?? ''))).toBe(true);

    await publish(page);
    const file = contentFile('projekte', 'digitale-burgerdienste-im-test.md');
    const text = await waitForFile(file, (t) => t.includes('titel:'));
    await page.close();

    // Names in the pick lists, ids in the file; dates as text, "keine Angabe" where chosen.
    expect(text).toContain('themenfeld: testfeld');
    expect(text).toContain('kommune: testdorf');
    expect(text).toMatch(/quellen: \[testvorlage\]/);
    expect(text).toContain('stand: 2024-05-02');
    expect(text).toContain('ziel: keine Angabe');
    expect(text).toContain('ende: keine Angabe');

    const result = validateContent({ contentDir: path.join(repo, 'content') });
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);

    const out = path.join(repo, 'dist');
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], {
      env: { ...process.env, CONTENT_DIR: path.join(repo, 'content'), GITHUB_ACTIONS: '' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const steckbrief = readFileSync(path.join(out, 'projekte', 'digitale-burgerdienste-im-test', 'index.html'), 'utf8');
    expect(steckbrief).toContain('Digitale Bürgerdienste im Test');
    expect(steckbrief).toContain('Testdorf');
  }, 300_000);

  it('does not save while a required field is empty and says so in German', async () => {
    const before = readdirSync(contentFile('quellen')).sort();
    const page = await openCms('/collections/quellen/new');
    await (await fieldInput(page, 'Titel')).fill('Quelle ohne Art');
    await (await fieldInput(page, 'Herausgeber')).fill('Testkreis');
    await (await fieldInput(page, 'Datum')).fill('2022-03-04');
    await markUnknown(page, 'Adresse (URL)');
    await publish(page);
    await expect.poll(() => page.getByText('Art der Quelle ist erforderlich.').isVisible(), { timeout: 20_000 }).toBe(true);
    // Only the empty field is named: the date and "keine Angabe" as the address are accepted.
    expect(await page.locator('li').filter({ hasText: /erforderlich|Bitte|gültig/ }).allTextContents()).toEqual(['Art der Quelle ist erforderlich.']);
    await expect.poll(() => page.getByText(/erforderliche Felder sind nicht ausgefüllt/).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.close();
    expect(readdirSync(contentFile('quellen')).sort()).toEqual(before);
  }, 60_000);

  it('shows a stored entry by names and labels, dates at their precision, "keine Angabe" ticked', async () => {
    const page = await openCms('/collections/projekte/entries/testprojekt');
    const shown = async (label: string, nth = 0) => (await fieldInput(page, label, nth)).evaluate((e) => e.closest('[class*="control"]')?.textContent ?? '');
    await expect.poll(() => shown('Themenfeld'), { timeout: 20_000 }).toBe('Testfeld');
    await expect.poll(() => shown('Kommune'), { timeout: 20_000 }).toBe('Testdorf');
    expect(await shown('Status')).toBe(projektStatus.label('in-umsetzung'));
    expect(await shown('Quellen')).toBe('Erfundene Testvorlage');
    const stand = await fieldInput(page, 'Stand des Status');
    expect([await stand.getAttribute('type'), await stand.inputValue()]).toEqual(['month', '2024-05']);
    const beginn = await fieldInput(page, 'Beginn');
    expect([await beginn.getAttribute('type'), await beginn.inputValue()]).toEqual(['number', '2023']);
    const endeId = await page.locator('label:text-is("Ende")').getAttribute('for');
    expect(await page.locator(`[id="${endeId}-keine-angabe"]`).isChecked()).toBe(true);
    expect(await page.locator(`[id="${endeId}"]`).count()).toBe(0);
    await page.close();
  }, 60_000);

  it("changes only the edited line when a Kommune's decision is edited", async () => {
    const file = contentFile('kommunen', 'testdorf.md');
    const original = readFileSync(file, 'utf8');
    const page = await openCms('/collections/kommunen/entries/testdorf');
    const gremium = await fieldInput(page, 'Gremium');
    await expect.poll(() => gremium.inputValue(), { timeout: 20_000 }).toBe('Rat');
    await gremium.fill('Rat der Gemeinde');
    await publish(page);
    const changed = await waitForFile(file, (t) => t !== original);
    await page.close();
    const before = original.split('\n');
    const after = changed.split('\n');
    expect(after.length).toBe(before.length);
    const differing = after.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(differing).toEqual([['    gremium: Rat', '    gremium: Rat der Gemeinde']]);
  }, 60_000);
});

describe('the editorial workflow in the local repository', () => {
  let gitRepo: string;
  let gitEditor: LocalEditor;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: gitRepo, encoding: 'utf8' });

  beforeAll(async () => {
    gitRepo = mkdtempSync(path.join(os.tmpdir(), 'redaktion-git-'));
    cpSync(FIXTURE, path.join(gitRepo, 'content'), { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'Fixture');
    gitEditor = await startLocalEditor({ repoDir: gitRepo, contentRoot: 'content', mode: 'git' });
  }, 60_000);

  afterAll(async () => {
    await gitEditor?.close();
    if (gitRepo) rmSync(gitRepo, { recursive: true, force: true });
  });

  it('keeps a new entry as a draft branch until it is set to Bereit and published', async () => {
    const page = await openCms('/collections/ziele/new', gitEditor);
    page.on('dialog', (dialog) => void dialog.accept());
    await (await fieldInput(page, 'Titel')).fill('Ein Ziel aus dem Arbeitsablauf');
    await (await fieldInput(page, 'Nummer')).fill('7');
    await choose(page, 'Quellen', 'Erfundene Testvorlage');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();

    const file = path.join(gitRepo, 'content', 'ziele', 'ein-ziel-aus-dem-arbeitsablauf.md');
    const draftBranches = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').trim();
    await expect.poll(draftBranches, { timeout: 20_000 }).toBe('cms/ziele/ein-ziel-aus-dem-arbeitsablauf');
    // The draft is on its branch, not yet on main.
    expect(git('ls-tree', '--name-only', 'main', 'content/ziele/')).not.toContain('ein-ziel-aus-dem-arbeitsablauf');

    const status = page.getByRole('button', { name: /^Status:/ });
    await status.click();
    await page.getByText('In Prüfung', { exact: true }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Status: In Prüfung');
    await status.click();
    await page.getByText('Bereit', { exact: true }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Status: Bereit');
    await publish(page);

    const text = await waitForFile(file, (t) => t.includes('titel:'));
    await page.close();
    expect(text).toBe('---\ntitel: Ein Ziel aus dem Arbeitsablauf\nnummer: 7\nquellen: [testvorlage]\n---\n');
    await expect.poll(draftBranches, { timeout: 20_000 }).toBe('');
    expect(git('log', '-1', '--format=%s', 'main')).toContain('„ein-ziel-aus-dem-arbeitsablauf“');
    expect(validateContent({ contentDir: path.join(gitRepo, 'content') }).problems).toEqual([]);
  }, 120_000);
});
