/**
 * Builds the Pagefind search index over dist/ (German, main content only)
 * and fails loudly when Pagefind reports an error or indexes nothing.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

const site = path.resolve(process.argv[2] ?? 'dist');

async function main(): Promise<number> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    if (added.page_count === 0) throw new Error(`Keine Seite in ${site} indexiert`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    console.log(`Suchindex: ${added.page_count} Seiten indexiert (${Math.round(performance.now() - started)} ms).`);
    return 0;
  } finally {
    await pagefind.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`Der Suchindex konnte nicht erstellt werden: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
