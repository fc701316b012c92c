/**
 * npm run bench [-- --groessen 100,1000,10000] [--laeufe 3] [--check]
 * Measures, per corpus size, several runs each (median reported): validation,
 * the full build, the floor (minimal Astro + Pagefind), dist size, page weight
 * per page type, the largest page and the bytes a first search query
 * transfers (and the same for a bare Pagefind page on the floor), plus the
 * page weights of today's content. Writes scripts/bench/ergebnis.json and
 * ergebnis.md; rows of sizes not measured in this run are kept, so that
 * `--groessen 10000 --laeufe 1` can follow `--groessen 100,1000`.
 * A script, not a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from '../src/build/corpus.ts';
import { OG_CACHE } from '../src/build/og-image.ts';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';
import { htmlFiles, sitePathOf } from '../src/build/built-site.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const groessen = arg('groessen', '100,1000,10000').split(',').map(Number);
const laeufe = Number(arg('laeufe', '3'));
const check = args.includes('--check');
const node = process.execPath;
const TIME = '/usr/bin/time';

interface Lauf { sekunden: number; mb: number | null; ok: boolean; ausgabe: string }

/** Runs a command, measuring wall time and peak memory (GNU time, where installed). */
function messen(command: string[], env: Record<string, string>): Lauf {
  const withTime = existsSync(TIME);
  const started = performance.now();
  const r = spawnSync(withTime ? TIME : command[0]!, withTime ? ['-f', '%M', ...command] : command.slice(1), {
    env: { ...process.env, GITHUB_ACTIONS: '', ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
  });
  const sekunden = (performance.now() - started) / 1000;
  const kb = withTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { sekunden, mb: Number.isFinite(kb) ? Math.round(kb / 1024) : null, ok: r.status === 0, ausgabe: (r.stdout + r.stderr).slice(-3000) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function medianLauf(runs: Lauf[]) {
  const failed = runs.find((r) => !r.ok);
  if (failed) throw new Error(`Lauf fehlgeschlagen:\n${failed.ausgabe}`);
  return { sekunden: +median(runs.map((r) => r.sekunden)).toFixed(2), mb: runs[0]!.mb === null ? null : median(runs.map((r) => r.mb!)) };
}

function groesse(dir: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else {
        bytes += st.size;
        if (name.endsWith('.html')) html++;
      }
    }
  };
  walk(dir);
  return { bytes, html };
}

/** HTML + CSS + JS of a page, gzip, as a browser without cache loads it (ld+json excluded from JS). */
function seitengewicht(dist: string, sitePath: string) {
  const html = readFileSync(path.join(dist, sitePath, 'index.html'));
  const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
  const refs = (re: RegExp) => [...html.toString().matchAll(re)].map((m) => path.join(dist, m[1]!));
  return {
    html: gzipSync(html, { level: 9 }).length,
    css: refs(/<link rel="stylesheet" href="([^"]+)"/g).reduce((s, f) => s + gz(f), 0),
    js: refs(/<script[^>]* src="([^"]+)"/g).reduce((s, f) => s + gz(f), 0),
  };
}

/** Bytes (gzip) of every file a first search for `word` fetches in Chromium, starting on `start` until `ready` shows. */
async function sucheBytes(dist: string, start: string, ready: string): Promise<number> {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const files = new Set<string>();
    page.on('response', (r) => r.url().startsWith(server.url) && files.add(new URL(r.url()).pathname));
    await page.goto(`${server.url}${start}`, { waitUntil: 'networkidle' });
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const f of files) {
      const file = readFileSync(path.join(dist, f.endsWith('/') ? `${f}index.html` : f));
      // Pagefind's index files are compressed already; a web server gzips the rest.
      bytes += /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(f) ? file.length : gzipSync(file, { level: 9 }).length;
    }
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The least a first search can fetch with Pagefind on the floor's pages: a bare page that loads
 * pagefind.js, searches and reads the first five results (what a results list shows at once).
 */
function bodenSuchseite(dist: string, word: string) {
  writeFileSync(path.join(dist, 'suche-probe.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Probe</title><ol id="r"></ol>
<script type="module">
const pf = await import('/pagefind/pagefind.js');
const s = await pf.search(${JSON.stringify(word)});
const data = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
for (const d of data) { const li = document.createElement('li'); li.className = 'treffer'; li.textContent = d.url; document.getElementById('r').append(li); }
</script>`);
}

/** The largest HTML page of the build (gzip), with its path: the budget is 100 KB for every page. */
function groessteSeite(dist: string): { pfad: string; bytes: number } {
  let best = { pfad: '', bytes: 0 };
  for (const file of htmlFiles(dist)) {
    const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
    if (bytes > best.bytes) best = { pfad: sitePathOf(dist, file), bytes };
  }
  return best;
}

const ergebnisse: Record<string, unknown>[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
try {
  for (const n of groessen) {
    const korpus = path.join(tmp, `korpus-${n}`);
    generateCorpus(korpus, { projekte: n, kommunen: Math.max(12, Math.round(n / 250)), seed: 12 });
    const env = { CONTENT_DIR: korpus };
    console.log(`\n${n} Projekte: Validierung …`);
    // Validation takes seconds: always the median of at least five runs, also when builds run once.
    const validate = medianLauf(Array.from({ length: Math.max(5, laeufe) }, () => messen([node, 'scripts/validate.ts'], env)));
    console.log(`  ${validate.sekunden} s, ${validate.mb} MB`);
    const dist = path.join(tmp, `dist-${n}`);
    const builds: Lauf[] = [];
    const floors: Lauf[] = [];
    for (let i = 0; i < laeufe; i++) {
      rmSync(dist, { recursive: true, force: true });
      rmSync(OG_CACHE, { recursive: true, force: true }); // measure cold builds: no preview image from an earlier run
      console.log(`  Build ${i + 1}/${laeufe} …`);
      builds.push(messen([node, 'scripts/build.ts', '--outDir', dist], env));
      const floorDist = path.join(tmp, `floor-${n}`);
      rmSync(floorDist, { recursive: true, force: true });
      console.log(`  Boden ${i + 1}/${laeufe} …`);
      const astro = messen([node, 'node_modules/astro/bin/astro.mjs', 'build', '--root', 'scripts/bench/floor', '--outDir', floorDist, '--force'], env);
      const pf = messen([node, 'scripts/search-index.ts', floorDist], env);
      floors.push({ sekunden: astro.sekunden + pf.sekunden, mb: astro.mb === null ? null : Math.max(astro.mb, pf.mb ?? 0), ok: astro.ok && pf.ok, ausgabe: astro.ausgabe + pf.ausgabe });
    }
    // Once more with the preview images of the last run in their cache: a rebuild after content changes.
    console.log('  Build mit Bild-Cache …');
    rmSync(dist, { recursive: true, force: true });
    const warm = medianLauf([messen([node, 'scripts/build.ts', '--outDir', dist], env)]);
    const build = medianLauf(builds);
    const floor = medianLauf(floors);
    const floorDist = path.join(tmp, `floor-${n}`);
    bodenSuchseite(floorDist, 'Plattform');
    const sucheBoden = await sucheBytes(floorDist, '/suche-probe.html', '.treffer');
    const { bytes, html } = groesse(dist);
    const gewichte = {
      start: seitengewicht(dist, '/'),
      projekte: seitengewicht(dist, '/projekte/'),
      steckbrief: seitengewicht(dist, '/projekte/projekt-00001/'),
      kommune: seitengewicht(dist, '/kommunen/testkreis/'),
      themenfeld: seitengewicht(dist, '/themenfelder/themenfeld-1/'),
      kommunen: seitengewicht(dist, '/kommunen/'),
    };
    const suche = await sucheBytes(dist, '/suche/?q=Plattform', '.suchergebnisse a');
    const groesste = groessteSeite(dist);
    const r = {
      projekte: n, laeufe, validierung_s: validate.sekunden, validierung_mb: validate.mb,
      build_s: build.sekunden, build_mb: build.mb, boden_s: floor.sekunden, boden_mb: floor.mb,
      verhaeltnis: +(build.sekunden / floor.sekunden).toFixed(2), seiten: html, seiten_pro_s: Math.round(html / build.sekunden),
      build_warm_s: warm.sekunden, verhaeltnis_warm: +(warm.sekunden / floor.sekunden).toFixed(2),
      dist_mb: +(bytes / 1024 / 1024).toFixed(1), gewichte, groesste_seite: groesste, suche_kb: +(suche / 1024).toFixed(1), suche_boden_kb: +(sucheBoden / 1024).toFixed(1),
    };
    console.log(JSON.stringify(r));
    ergebnisse.push(r);
  }
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  throw error;
}

/** Scripts a content page may load: the copy button of the citation (the header menu works without any). */
const ERLAUBTE_SKRIPTE = ['kopieren.js'];

/** The web fonts a first visit loads (woff2 is compressed already): every font the stylesheets reference. */
function schriften(dist: string, sitePath: string): number {
  const html = readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(path.join(dist, m[1]!), 'utf8')).join('\n');
  const dateien = new Set([...css.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((m) => m[1]!));
  return [...dateien].reduce((s, f) => s + statSync(path.join(dist, f.replace(/^\//, ''))).size, 0);
}

/**
 * Cumulative layout shift of a first visit in Chromium (PerformanceObserver). With `verzoegerung` the web
 * fonts are held back that many milliseconds, so that the page first renders in the fallback font and then
 * swaps: a stress figure for the metric-matched fallback (line breaks can still differ by a word).
 */
async function layoutShift(dist: string, pfade: string[], verzoegerung = 0): Promise<{ pfad: string; cls: number }[]> {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const out: { pfad: string; cls: number }[] = [];
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      if (verzoegerung) await context.route(/\.woff2$/, async (route) => { await new Promise((r) => setTimeout(r, verzoegerung)); await route.continue(); });
      await context.addInitScript(() => {
        (window as any).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      for (const pfad of pfade) {
        await page.goto(server.url + pfad, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        out.push({ pfad: `${pfad} (${width} px)`, cls: +(await page.evaluate(() => (window as any).__cls as number)).toFixed(4) });
      }
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Today's content: a first visit of every Steckbrief, Kommune and Themenfeld page loads HTML + CSS ≤ 20 KB gzip
 * and fonts ≤ 60 KB, no JavaScript but the copy button, and nothing moves while it loads (CLS 0).
 */
async function heutigerInhalt() {
  const dist = path.join(tmp, 'heute');
  const r = messen([node, 'scripts/build.ts', '--outDir', dist], {});
  if (!r.ok) throw new Error(`Build des heutigen Inhalts fehlgeschlagen:\n${r.ausgabe}`);
  const seiten = (ordner: string) => readdirSync(path.join(dist, ordner), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'seite' && existsSync(path.join(dist, ordner, d.name, 'index.html')))
    .map((d) => {
      const pfad = `/${ordner}/${d.name}/`;
      const skripte = [...readFileSync(path.join(dist, pfad, 'index.html'), 'utf8').matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]!);
      return { pfad, ...seitengewicht(dist, pfad), fremde_skripte: skripte.filter((s) => !ERLAUBTE_SKRIPTE.some((e) => s.endsWith(`/${e}`))), schriften: schriften(dist, pfad) };
    });
  const typen = { steckbrief: seiten('projekte').filter((p) => !/\/(kommune|themenfeld|status|prioritaet-\d)\/$/.test(p.pfad)), kommune: seiten('kommunen'), themenfeld: seiten('themenfelder') };
  const clsPfade = ['/', ...Object.values(typen).map((liste) => liste[0]!.pfad), '/projekte/', '/kommunen/'];
  const cls = await layoutShift(dist, clsPfade);
  const clsVerzoegert = await layoutShift(dist, clsPfade, 400);
  const gewichte = Object.fromEntries(Object.entries(typen).map(([typ, liste]) => {
    const groesste = liste.reduce((a, b) => (b.html + b.css > a.html + a.css ? b : a));
    return [typ, {
      seiten: liste.length, groesste: groesste.pfad, html: groesste.html, css: groesste.css, html_css: groesste.html + groesste.css,
      js_max: Math.max(...liste.map((p) => p.js)), fremde_skripte: [...new Set(liste.flatMap((p) => p.fremde_skripte))], schriften: Math.max(...liste.map((p) => p.schriften)),
    }];
  }));
  return { ...gewichte, cls, cls_schrift_verzoegert: clsVerzoegert } as Record<string, any> & { cls: { pfad: string; cls: number }[]; cls_schrift_verzoegert: { pfad: string; cls: number }[] };
}

let heute: Awaited<ReturnType<typeof heutigerInhalt>> | undefined;
try {
  heute = await heutigerInhalt();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Sizes measured in this run replace their rows; rows of other sizes from an earlier run stay.
const frueher = existsSync('scripts/bench/ergebnis.json') ? (JSON.parse(readFileSync('scripts/bench/ergebnis.json', 'utf8')).ergebnisse as any[]) : [];
ergebnisse.push(...frueher.filter((f) => f.laeufe !== undefined && !ergebnisse.some((r: any) => r.projekte === f.projekte)));
ergebnisse.sort((a: any, b: any) => a.projekte - b.projekte);

const maschine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unbekannt', ram_gb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, datum: new Date().toISOString().slice(0, 10) };
const kb = (b: number) => (b / 1024).toFixed(1);
const zeilen = ergebnisse.map((r: any) =>
  `| ${r.projekte} | ${r.laeufe} | ${r.validierung_s} s / ${r.validierung_mb ?? '–'} MB | ${r.build_s} s / ${r.build_mb ?? '–'} MB | ${r.build_warm_s} s | ${r.boden_s} s | ${r.verhaeltnis} / ${r.verhaeltnis_warm} | ${r.seiten} | ${r.seiten_pro_s} | ${r.dist_mb} MB | ${kb(r.gewichte.steckbrief.html + r.gewichte.steckbrief.css)} KB | ${kb(r.gewichte.projekte.html + r.gewichte.projekte.css)} KB | ${kb(r.groesste_seite.bytes)} KB (${r.groesste_seite.pfad}) | ${r.suche_kb} KB / ${r.suche_boden_kb} KB |`,
);
const { cls: clsWerte, cls_schrift_verzoegert: clsVerzoegert, ...heuteTypen } = heute!;
const heuteZeilen = Object.entries(heuteTypen).map(([typ, h]: [string, any]) => `| ${typ} | ${h.seiten} | ${kb(h.html_css)} KB (${kb(h.html)} + ${kb(h.css)}; ${h.groesste}) | ${kb(h.schriften)} KB | ${h.js_max} B |`);
const clsMax = Math.max(...clsWerte.map((c) => c.cls));
const md = [
  `Gemessen am ${maschine.datum} auf ${maschine.cpus} Kernen (${maschine.cpu}), ${maschine.ram_gb} GB RAM, Node ${maschine.node}; Median aus der angegebenen Zahl von Läufen (Build mit Bild-Cache: ein Lauf).`,
  '',
  '| Projekte | Läufe | Validierung (Zeit / Speicher) | Build kalt (Zeit / Speicher) | Build mit Bild-Cache | Boden (Astro + Pagefind) | Build ÷ Boden (kalt / Cache) | Seiten | Seiten/s | dist/ | Steckbrief HTML+CSS (gzip) | /projekte/ HTML+CSS (gzip) | größte Seite (gzip) | erste Suche / Boden |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...zeilen,
  '',
  'Heutiger Inhalt (`content/`), größte Seite je Typ:',
  '',
  '| Seitentyp | Seiten | größte HTML+CSS (gzip; HTML + CSS) | Schriften (woff2) | JavaScript |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...heuteZeilen,
  '',
  `Cumulative Layout Shift beim ersten Besuch (375 und 1280 px, ${clsWerte.length} Messungen): höchstens ${clsMax}. Mit um 400 ms verzögerten Schriften (Ersatzschrift zuerst): höchstens ${Math.max(...clsVerzoegert.map((c) => c.cls))} (${clsVerzoegert.filter((c) => c.cls > 0).map((c) => `${c.pfad}: ${c.cls}`).join(', ') || 'überall 0'}).`,
  '',
].join('\n');
writeFileSync('scripts/bench/ergebnis.json', `${JSON.stringify({ maschine, ergebnisse, heute }, null, 2)}\n`);
writeFileSync('scripts/bench/ergebnis.md', md);
console.log(`\n${md}`);

if (check) {
  const fehler: string[] = [];
  for (const r of ergebnisse as any[]) {
    if (r.projekte >= 10000 && r.validierung_s > 1.5) fehler.push(`Validierung ${r.projekte}: ${r.validierung_s} s > 1,5 s`);
    if (r.projekte >= 10000 && r.verhaeltnis > 1.3) fehler.push(`Build ${r.projekte}: ${r.verhaeltnis} × Boden > 1,3`);
    if (r.projekte >= 10000 && (r.build_mb ?? 0) > 2048) fehler.push(`Build ${r.projekte}: ${r.build_mb} MB > 2 GB`);
    if (r.groesste_seite.bytes > 100 * 1024) fehler.push(`Größte Seite bei ${r.projekte}: ${r.groesste_seite.pfad} mit ${kb(r.groesste_seite.bytes)} KB > 100 KB`);
    if (r.projekte >= 10000 && r.suche_kb > 150) fehler.push(`Erste Suche ${r.projekte}: ${r.suche_kb} KB > 150 KB (Boden: ${r.suche_boden_kb} KB)`);
  }
  for (const [typ, h] of Object.entries(heuteTypen) as [string, any][]) {
    if (h.html_css > 20 * 1024) fehler.push(`${typ} heute: ${h.groesste} mit ${kb(h.html_css)} KB HTML+CSS > 20 KB`);
    if (h.schriften > 60 * 1024) fehler.push(`${typ} heute: ${kb(h.schriften)} KB Schriften > 60 KB`);
    if (h.fremde_skripte.length) fehler.push(`${typ} heute: JavaScript außer dem Kopierknopf: ${h.fremde_skripte.join(', ')}`);
  }
  for (const c of clsWerte) if (c.cls > 0) fehler.push(`Layout-Verschiebung ${c.pfad}: CLS ${c.cls} > 0`);
  console.log(fehler.length ? `\nBudgets verfehlt:\n  ${fehler.join('\n  ')}` : '\nAlle Budgets eingehalten.');
  process.exitCode = fehler.length ? 1 : 0;
}
