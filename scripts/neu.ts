/**
 * npm run neu -- <sammlung> "Titel" [--quelle kennung]: creates a new content
 * file with the right id (file name) and a comment for every field, then checks it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/config/content-dir.ts';
import { template } from '../src/docs/template.ts';
import { collectionNames, collections, type CollectionDef, type CollectionName } from '../src/schemas/index.ts';
import { formatProblem } from '../src/validation/report.ts';
import { toId } from '../src/validation/to-id.ts';
import { validateContent } from '../src/validation/validate-content.ts';

/** Singular names editors type, mapped to collections. */
const NAMEN: Record<string, CollectionName> = {
  projekt: 'projekte', kommune: 'kommunen', themenfeld: 'themenfelder', ziel: 'ziele', quelle: 'quellen',
  chronik: 'chronik', ereignis: 'chronik', seite: 'seiten',
};

function main(): number {
  const args = process.argv.slice(2);
  const q = args.indexOf('--quelle');
  const quelle = q >= 0 ? args[q + 1] : undefined;
  const [art, titel] = q >= 0 ? args.filter((_, i) => i !== q && i !== q + 1) : args;
  const collection = art ? NAMEN[art] ?? (collectionNames.includes(art as CollectionName) ? (art as CollectionName) : undefined) : undefined;
  const def: CollectionDef | undefined = collection ? collections[collection] : undefined;
  if (!collection || !def || !titel || def.format !== 'markdown' || def.singleton) {
    console.error(`Aufruf: npm run neu -- <${Object.keys(NAMEN).join('|')}> "Titel" [--quelle kennung-der-quelle]`);
    return 1;
  }
  const id = toId(titel);
  const dir = path.join(contentDir(), collections[collection].path);
  const file = path.join(dir, `${id}.md`);
  if (!id) {
    console.error(`Aus „${titel}“ lässt sich keine Kennung bilden: bitte Buchstaben oder Ziffern verwenden.`);
    return 1;
  }
  if (existsSync(file)) {
    console.error(`${path.relative(process.cwd(), file)} gibt es schon. Wählen Sie einen anderen Titel oder bearbeiten Sie die vorhandene Datei.`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, template(collection, titel, quelle));
  console.log(`Angelegt: ${path.relative(process.cwd(), file)} (Adresse: /${collections[collection].path}/${id}/)`);
  const problems = validateContent({ contentDir: contentDir(), only: [file] }).problems;
  if (problems.length === 0) {
    console.log('Die Datei ist gültig. Ersetzen Sie „keine Angabe“ überall dort, wo die Quellen etwas sagen.');
  } else {
    console.log('Bitte noch ausfüllen:');
    for (const p of problems) console.log(formatProblem(p));
  }
  return 0;
}

process.exitCode = main();
