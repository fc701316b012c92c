/**
 * Permalinks: every URL the site has published is recorded in
 * <content>/permalinks.txt. A build that no longer produces one of them fails,
 * naming it. `npm run permalinks` adds the URLs of the current build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const PERMALINKS_FILE = 'permalinks.txt';

const HEADER = `# Jede Adresse, die diese Website je veröffentlicht hat, eine pro Zeile.
# Der Build schlägt fehl, wenn eine davon nicht mehr erzeugt wird: Wer einen Eintrag umbenennt oder
# zusammenlegt, trägt die alte Kennung im Feld „alias“ des neuen Eintrags ein.
# Gepflegt von „npm run permalinks“ (ergänzt die Adressen des aktuellen Builds, löscht nie).
# Suchindex, Vorschaubilder und Dateien der Technik (/_astro/, /pagefind/) sind nicht aufgeführt.
`;

/** Published URLs of a build: every HTML page (as its directory URL) and the data files and feed. */
export function publishedUrls(outDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!['_astro', 'pagefind', 'vorschau', 'admin'].includes(name)) walk(full, `${prefix}${name}/`);
      } else if (name === 'index.html') {
        out.push(prefix);
      } else if (prefix === '/daten/' || /\.(xml|json|jsonld|csv)$/.test(name)) {
        out.push(`${prefix}${name}`);
      }
    }
  };
  walk(outDir, '/');
  return out.sort();
}

export function readPermalinks(contentDir: string): string[] {
  const file = path.join(contentDir, PERMALINKS_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The file served for a URL in the build ("/projekte/x/" → projekte/x/index.html). */
export const fileForUrl = (outDir: string, url: string) => path.join(outDir, url.endsWith('/') ? `${url}index.html` : url);

export function missingPermalinks(outDir: string, recorded: string[]): string[] {
  return recorded.filter((url) => !existsSync(fileForUrl(outDir, url)));
}

/** The permalinks file with the URLs of this build added (never removed), sorted. */
export function mergedPermalinks(recorded: string[], current: string[]): string {
  return HEADER + [...new Set([...recorded, ...current])].sort().join('\n') + '\n';
}
