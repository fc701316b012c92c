/** npm run corpus -- --projekte N --kommunen K --out DIR [--seed S]: a synthetic content folder (never content/). */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../src/build/corpus.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = arg('out');
const projekte = Number(arg('projekte') ?? 100);
const kommunen = Number(arg('kommunen') ?? 12);
const seed = Number(arg('seed') ?? 12);

if (!out || !Number.isInteger(projekte) || projekte < 1 || !Number.isInteger(kommunen) || kommunen < 1) {
  console.error('Aufruf: npm run corpus -- --projekte 1000 --kommunen 12 --out /tmp/korpus [--seed 12]');
  process.exit(1);
}
const target = path.resolve(out);
if (target === path.resolve('content') || target.startsWith(path.resolve('content') + path.sep)) {
  console.error('Der Korpus ist erfunden und wird nie nach content/ geschrieben.');
  process.exit(1);
}
if (existsSync(target) && readdirSync(target).length > 0) {
  console.error(`${out} ist nicht leer: bitte einen leeren oder neuen Ordner angeben.`);
  process.exit(1);
}
const started = performance.now();
const { dateien } = generateCorpus(target, { projekte, kommunen, seed });
console.log(`Korpus: ${dateien} Dateien (${projekte} Projekte, ${kommunen} Kommunen) in ${out} (${Math.round(performance.now() - started)} ms).`);
