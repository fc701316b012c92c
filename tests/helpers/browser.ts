/** Debian's Chromium, driven by playwright-core (browser downloads are not possible here). */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { serve } from './serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * For a browser test file: serves a site built by the global setup (the real one or the fixture) and
 * launches Chromium before the tests, closes both after them.
 */
export function servedSiteInBrowser(which: 'site' | 'fixture' = 'site') {
  const ctx = {} as { server: Awaited<ReturnType<typeof serve>>; browser: Browser; dir: string };
  beforeAll(async () => {
    const site = inject(which);
    expect(site.code, site.out).toBe(0);
    ctx.dir = site.dir;
    ctx.server = await serve(site.dir);
    ctx.browser = await launch();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
