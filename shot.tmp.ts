import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startLocalEditor } from './src/cms/local-editor.ts';
const repo = mkdtempSync(path.join(os.tmpdir(), 'cmsrepo-'));
cpSync('tests/fixtures/basis', path.join(repo, 'content'), { recursive: true });
const ed = await startLocalEditor({ repoDir: repo, contentRoot: 'content', mode: 'fs', siteDir: process.argv[2] });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto(ed.url);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'Projekte' }).waitFor();
  await page.goto(ed.url + '#/collections/projekte/entries/testprojekt'); await page.reload();
  await page.locator('label:text-is("Stand des Status")').waitFor();
  await page.locator('label:text-is("Status (Gruppe)")').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/form-${width}.png` });
  await page.close();
}
await browser.close(); await ed.close();
