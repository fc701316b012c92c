/**
 * npm run screenshots: full-page screenshots of the main page types of the
 * built site (dist/) at 375 px and 1280 px, written to screenshots/ for a
 * person to look at (not committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const PAGES = ['/', '/projekte/', '/projekte/prioritaet-2/', '/projekte/lorena-heimat-2-0/', '/kommunen/', '/kommunen/billerbeck/', '/themenfelder/mobilitaet/', '/chronik/', '/quellen/', '/suche/?q=Marktplatz'];
const WIDTHS = [375, 1280];

const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve('screenshots');
mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const p of PAGES) {
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
      const name = `${p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start'}-${width}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: true });
      console.log(path.join('screenshots', name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
