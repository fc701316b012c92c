/**
 * npm run screenshots [-- dist [only-these-words]]: full-page screenshots of every page type
 * of the built site (dist/) at 375 px and 1280 px, written to screenshots/ for a
 * person to look at (not committed). A second argument keeps only pages whose path contains it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const PAGES = [
  '/', '/leitbild/', '/ziele/', '/prioritaeten/', '/themenfelder/', '/themenfelder/mobilitaet/',
  '/projekte/', '/projekte/prioritaet-2/', '/projekte/status/in-umsetzung/', '/projekte/kommune/senden/', '/projekte/themenfeld/mobilitaet/',
  '/projekte/lorena-heimat-2-0/', '/projekte/smart-cities-bewerbung/',
  '/kommunen/', '/kommunen/kreis-coesfeld/', '/kommunen/billerbeck/',
  '/chronik/', '/chronik/beschluesse/', '/quellen/', '/quellen/az-foerdermittel-fuer-lorena-fliessen/',
  '/impressum/', '/digitalagentur/', '/daten/', '/aenderungen/', '/suche/?q=Marktplatz', '/404.html',
];
const WIDTHS = [375, 1280];

const dist = path.resolve(process.argv[2] ?? 'dist');
const nur = process.argv[3];
const out = path.resolve('screenshots');
mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const p of PAGES.filter((x) => !nur || x.includes(nur))) {
      const antwort = await page.goto(server.url + p, { waitUntil: 'networkidle' });
      if (!antwort?.ok() && !p.startsWith('/404')) console.warn(`${p}: HTTP ${antwort?.status()}`);
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
