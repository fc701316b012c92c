/** The Content-Security-Policy of the built pages blocks inline script and code from other hosts. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { servedSiteInBrowser } from '../helpers/browser.ts';

const site = inject('site');
const ctx = servedSiteInBrowser();

beforeAll(async () => {
  // A built page with code slipped in after the build, as an attacker or a broken tool might.
  const html = readFileSync(path.join(site.dir, 'projekte/lorena-heimat-2-0/index.html'), 'utf8').replace(
    '</main>',
    '<script>window.__inline = true</script><img src="x" onerror="window.__handler = true"><script src="https://angreifer.invalid/x.js"></script></main>',
  );
  mkdirSync(path.join(site.dir, 'csp-probe'), { recursive: true });
  writeFileSync(path.join(site.dir, 'csp-probe/index.html'), html);
});
// The probe is not part of the site: the checks over every page (site-checks) may run after this file.
afterAll(() => rmSync(path.join(site.dir, 'csp-probe'), { recursive: true, force: true }));

describe('Content-Security-Policy', () => {
  it('is on every page and blocks inline scripts, event handlers and foreign scripts', async () => {
    const page = await ctx.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
    await page.goto(`${ctx.server.url}/csp-probe/`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __handler?: boolean }).__handler)).toBeUndefined();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
