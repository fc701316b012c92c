/**
 * npm run build [-- --outDir DIR]: validate the content, then astro build,
 * then check that every expected page exists, then the Pagefind index.
 * A content error stops before Astro runs, so a broken site is never produced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expectedPages, htmlFileOf } from '../src/build/expected-pages.ts';
import { fassungsEintraege, historischeProbleme, readFassungen } from '../src/data/fassungen.ts';
import { publishedAdminOptions, writeAdmin } from '../src/cms/admin-files.ts';
import { missingPermalinks, PERMALINKS_FILE, readPermalinks } from '../src/build/permalinks.ts';
import { writeSitemap } from '../src/build/sitemap.ts';
import { abkuerzungenImBuild } from '../src/build/abkuerzungen.ts';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { basePath } from '../src/config/base-path.ts';
import { readSiteUrl } from '../src/config/site-url.ts';
import { contentDir } from '../src/config/content-dir.ts';
import { printProblems, summary } from '../src/validation/report.ts';
import { validateContentParallel } from '../src/validation/validate-content.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : 'dist');

/** The glossary of abbreviations from einstellungen.yaml (validated before). */
function abkuerzungenAusEinstellungen(ordner: string): Record<string, string> {
  const daten = yaml.load(readFileSync(path.join(ordner, 'einstellungen.yaml'), 'utf8')) as { abkuerzungen?: Record<string, string> } | null;
  return daten?.abkuerzungen ?? {};
}

function step(label: string, command: string, commandArgs: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${label} ist fehlgeschlagen (Exit-Code ${result.status ?? result.signal}).`);
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const validation = await validateContentParallel({ contentDir: contentDir(), vergleichMit: process.env.VERGLEICH_MIT || undefined });
  printProblems(validation.problems);
  console.log(summary(validation.problems, validation.files.length));
  if (validation.problems.some((p) => p.severity === 'fehler')) {
    console.error('Die Website wurde nicht gebaut: bitte zuerst die Fehler in den Inhalten beheben.');
    return 1;
  }

  // Published Fassungen are rendered from the files in git history: they must stay valid under today's schemas.
  const fassungen = readFassungen(contentDir(), fassungsEintraege(validation.entries), historischeProbleme);
  if (fassungen.hinweis) console.log(`Keine Fassungen: ${fassungen.hinweis}.`);
  if (fassungen.probleme.length) {
    console.error(`Diese früheren Fassungen passen nicht mehr zum Inhaltsmodell, ihre veröffentlichten Seiten ließen sich nicht mehr bauen:\n  ${fassungen.probleme.join('\n  ')}`);
    console.error('Ändern Sie das Inhaltsmodell so, dass frühere Inhalte gültig bleiben (z. B. ein neues Feld als freiwillig).');
    return 1;
  }
  console.log(`Fassungen: ${fassungen.fassungen.length}`);

  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  step('astro build', process.execPath, [astro, 'build', '--outDir', outDir]);

  const missing = expectedPages(validation.files).filter((page) => !existsSync(path.join(outDir, htmlFileOf(page))));
  if (missing.length) {
    console.error(`Der Build ist unvollständig; es fehlen ${missing.length} Seiten:\n  ${missing.join('\n  ')}`);
    return 1;
  }

  // The editing interface under /admin/: the prebuilt CMS bundle copied, never processed by Astro.
  const admin = publishedAdminOptions(contentDir(), outDir, readSiteUrl());
  const adminBytes = writeAdmin(outDir, admin);
  console.log(`Redaktionssystem (/admin/): ${(adminBytes / 1024 / 1024).toFixed(1)} MB`);
  if (!admin.config.repo || !admin.config.authUrl) {
    console.log('  Anmelden mit GitHub geht erst mit „repository“ in einstellungen.yaml und REDAKTION_AUTH_URL (src/docs/redaktionssystem.md).');
  }

  // Without the full history there are no Fassungen: their addresses are checked where they can be built
  // (the publish workflow checks out the whole history), and this build says so.
  const fassungsAdresse = /\/fassung\/[^/]+\/$/;
  const recorded = readPermalinks(contentDir()).filter((url) => !(fassungen.hinweis && fassungsAdresse.test(url)));
  if (fassungen.hinweis && recorded.length < readPermalinks(contentDir()).length) console.log('Adressen von Fassungen nicht geprüft: ohne vollständige Versionsgeschichte entstehen keine Fassungen.');
  const lost = missingPermalinks(outDir, recorded);
  if (lost.length) {
    console.error(`Diese veröffentlichten Adressen (${PERMALINKS_FILE}) gibt es im Build nicht mehr:\n  ${lost.join('\n  ')}`);
    console.error('Veröffentlichte Adressen stehen in Förderanträgen und dürfen nicht brechen. Stellen Sie die Datei wieder her, oder tragen Sie die alte Kennung im Feld „alias“ des Eintrags ein, der sie ersetzt.');
    return 1;
  }

  const glossar = abkuerzungenAusEinstellungen(contentDir());
  console.log(`Abkürzungen ausgeschrieben: ${abkuerzungenImBuild(outDir, glossar)} Seiten.`);

  const site = readSiteUrl();
  if (site) console.log(`Sitemap: ${writeSitemap(outDir, site, basePath())} Seiten.`);
  else console.log('Keine Sitemap: die Adresse der Website ist unbekannt (einstellungen.yaml: website, oder SITE_URL).');

  step('Suchindex', process.execPath, [path.resolve('scripts/search-index.ts'), outDir]);
  console.log(`Website gebaut in ${path.relative(process.cwd(), outDir) || outDir}/ (${Math.round(performance.now() - started)} ms).`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`Der Build ist abgebrochen: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
