/**
 * npm run bench [-- --groessen 100,1000,10000] [--laeufe 3] [--check]
 * Measures, per corpus size, several runs each (median reported): validation,
 * the full build, the floor (minimal Astro + Pagefind), dist size, page weight
 * per page type and the bytes a first search query transfers. Writes
 * scripts/bench/ergebnis.json and ergebnis.md. A script, not a test.
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

/** Bytes (gzip) of the Pagefind files a first search for `word` fetches in Chromium. */
async function sucheBytes(dist: string, word: string): Promise<number> {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const files = new Set<string>();
    page.on('response', (r) => r.url().includes('/pagefind/') && files.add(new URL(r.url()).pathname));
    await page.goto(`${server.url}/suche/?q=${encodeURIComponent(word)}`, { waitUntil: 'networkidle' });
    await page.locator('.suchergebnisse a').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    // Pagefind's index files are already compressed (pf_* chunks); the rest is gzipped by a web server.
    for (const f of files) {
      const file = readFileSync(path.join(dist, f));
      bytes += /\.(pf_|pagefind_)/.test(f) || f.endsWith('.pf_meta') || f.endsWith('.pf_index') || f.endsWith('.pf_fragment') || f.endsWith('.pf_filter') ? file.length : gzipSync(file, { level: 9 }).length;
    }
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

const ergebnisse: Record<string, unknown>[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
try {
  for (const n of groessen) {
    const korpus = path.join(tmp, `korpus-${n}`);
    generateCorpus(korpus, { projekte: n, kommunen: Math.max(12, Math.round(n / 250)), seed: 12 });
    const env = { CONTENT_DIR: korpus };
    console.log(`\n${n} Projekte: Validierung …`);
    const validate = medianLauf(Array.from({ length: laeufe }, () => messen([node, 'scripts/validate.ts'], env)));
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
    const build = medianLauf(builds);
    const floor = medianLauf(floors);
    const { bytes, html } = groesse(dist);
    const gewichte = {
      start: seitengewicht(dist, '/'),
      projekte: seitengewicht(dist, '/projekte/'),
      steckbrief: seitengewicht(dist, '/projekte/projekt-00001/'),
      kommune: seitengewicht(dist, '/kommunen/testkreis/'),
      themenfeld: seitengewicht(dist, '/themenfelder/themenfeld-1/'),
      kommunen: seitengewicht(dist, '/kommunen/'),
    };
    const suche = await sucheBytes(dist, 'Plattform');
    const r = {
      projekte: n, validierung_s: validate.sekunden, validierung_mb: validate.mb,
      build_s: build.sekunden, build_mb: build.mb, boden_s: floor.sekunden, boden_mb: floor.mb,
      verhaeltnis: +(build.sekunden / floor.sekunden).toFixed(2), seiten: html, seiten_pro_s: Math.round(html / build.sekunden),
      dist_mb: +(bytes / 1024 / 1024).toFixed(1), gewichte, suche_kb: +(suche / 1024).toFixed(1),
    };
    console.log(JSON.stringify(r));
    ergebnisse.push(r);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const maschine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unbekannt', ram_gb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, datum: new Date().toISOString().slice(0, 10) };
const kb = (b: number) => (b / 1024).toFixed(1);
const zeilen = ergebnisse.map((r: any) =>
  `| ${r.projekte} | ${r.validierung_s} s / ${r.validierung_mb ?? '–'} MB | ${r.build_s} s / ${r.build_mb ?? '–'} MB | ${r.boden_s} s | ${r.verhaeltnis} | ${r.seiten} | ${r.seiten_pro_s} | ${r.dist_mb} MB | ${kb(r.gewichte.steckbrief.html + r.gewichte.steckbrief.css)} KB | ${kb(r.gewichte.projekte.html + r.gewichte.projekte.css)} KB | ${r.suche_kb} KB |`,
);
const md = [
  `Gemessen am ${maschine.datum} auf ${maschine.cpus} Kernen (${maschine.cpu}), ${maschine.ram_gb} GB RAM, Node ${maschine.node}; Median aus ${laeufe} Läufen.`,
  '',
  '| Projekte | Validierung (Zeit / Speicher) | Build (Zeit / Speicher) | Boden (Astro + Pagefind) | Build ÷ Boden | Seiten | Seiten/s | dist/ | Steckbrief HTML+CSS (gzip) | /projekte/ HTML+CSS (gzip) | erste Suche |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...zeilen,
  '',
].join('\n');
writeFileSync('scripts/bench/ergebnis.json', `${JSON.stringify({ maschine, laeufe, ergebnisse }, null, 2)}\n`);
writeFileSync('scripts/bench/ergebnis.md', md);
console.log(`\n${md}`);

if (check) {
  const fehler: string[] = [];
  for (const r of ergebnisse as any[]) {
    if (r.projekte >= 10000 && r.validierung_s > 1.5) fehler.push(`Validierung ${r.projekte}: ${r.validierung_s} s > 1,5 s`);
    if (r.projekte >= 10000 && r.verhaeltnis > 1.3) fehler.push(`Build ${r.projekte}: ${r.verhaeltnis} × Boden > 1,3`);
    if (r.projekte >= 10000 && (r.build_mb ?? 0) > 2048) fehler.push(`Build ${r.projekte}: ${r.build_mb} MB > 2 GB`);
    for (const [typ, g] of Object.entries(r.gewichte) as [string, { html: number; css: number; js: number }][]) {
      if (g.html + g.css + g.js > 100 * 1024) fehler.push(`${typ} bei ${r.projekte}: ${kb(g.html + g.css + g.js)} KB > 100 KB`);
    }
    if (r.projekte >= 10000 && r.suche_kb > 150) fehler.push(`Erste Suche ${r.projekte}: ${r.suche_kb} KB > 150 KB`);
  }
  console.log(fehler.length ? `\nBudgets verfehlt:\n  ${fehler.join('\n  ')}` : '\nAlle Budgets eingehalten.');
  process.exitCode = fehler.length ? 1 : 0;
}
