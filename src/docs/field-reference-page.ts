/**
 * The field reference for editors, generated from the schemas (the short task guide,
 * CONTRIBUTING.md, is written by hand and links it). `npm run docs` writes it; a test
 * fails when the committed file is out of date.
 */
import { collectionNames, collections, type CollectionDef } from '../schemas/index.ts';
import { fieldRows } from './field-reference.ts';
import { textSection } from './komponenten-guide.ts';

/** Where the generated reference lives; the short guide (CONTRIBUTING.md) links it. */
export const FELDREFERENZ = 'src/docs/feldreferenz.md';

const INTRO = `# Feldreferenz für die Redaktion

Alle Felder aller Sammlungen, mit Bezeichnung, Art des Werts, ob sie Pflicht sind, und was hineingehört.
Diese Datei wird aus dem Inhaltsmodell erzeugt (\`npm run docs\`); bitte nicht von Hand bearbeiten.
Wie Sie Inhalte ändern, steht im [Leitfaden für die Redaktion](../../CONTRIBUTING.md).

Felder mit „oder „keine Angabe““ dürfen unbekannt sein. Listen schreiben Sie als \`[a, b]\` oder als Zeilen
mit \`- \`. Felder einer Gruppe stehen eingerückt unter dem Namen der Gruppe; „beteiligte → kommune“ heißt:
das Feld \`kommune\` in jedem Eintrag der Liste \`beteiligte\`.

Für jede Sammlung veröffentlicht die Website außerdem eine maschinenlesbare Beschreibung unter
\`/schema/<sammlung>.json\`: Editoren mit YAML-Unterstützung (etwa VS Code mit der Erweiterung „YAML“)
schlagen damit Felder und erlaubte Werte schon beim Schreiben vor.
`;

/** A nested field's name as editors read it: "beteiligte[].kommune" → "beteiligte → kommune". */
const readableName = (name: string) => name.replace(/\[\]/g, '').split('.').join(' → ');

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function collectionSection(name: string, def: CollectionDef): string {
  const where = def.format === 'yaml' ? `Datei \`content/${def.path}\`` : `Ordner \`content/${def.path}/\`, eine \`.md\`-Datei je Eintrag`;
  const rows = fieldRows(def.schema).map(
    (r) => `| \`${readableName(r.name)}\` | ${escapeCell(r.label)} | ${escapeCell(r.type)} | ${r.required ? 'ja' : 'nein'} | ${escapeCell(r.help)}${r.example ? ` Beispiel: \`${escapeCell(r.example)}\`` : ''} |`,
  );
  const notes = [
    def.singleton ? 'Es gibt genau einen Eintrag.' : '',
    def.requiredIds?.length ? `Diese Einträge müssen existieren: ${def.requiredIds.map((id) => `\`${id}\``).join(', ')}.` : '',
    def.reservedIds?.length ? `Nicht erlaubte Dateinamen (feste Adressen der Website): ${def.reservedIds.map((id) => `\`${id}\``).join(', ')}.` : '',
  ].filter(Boolean).join(' ');
  return [
    `## ${def.label} (\`${name}\`)`,
    '',
    `${where}.${notes ? ` ${notes}` : ''}`,
    '',
    '| Feld | Bezeichnung | Typ | Pflicht | Bedeutung |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The field reference (src/docs/feldreferenz.md), generated from the schemas. */
export function fieldReference(): string {
  return [INTRO, textSection(), ...collectionNames.map((name) => collectionSection(name, collections[name]))].join('\n');
}
