/**
 * The editor guide (CONTRIBUTING.md): a fixed German introduction plus the
 * field reference generated from the schemas. `npm run docs` writes it; a test
 * fails when the committed file is out of date.
 */
import { collectionNames, collections, type CollectionDef } from '../schemas/index.ts';
import { fieldRows } from './field-reference.ts';
import { textSection } from './komponenten-guide.ts';

const INTRO = `# Leitfaden für die Redaktion

Dieser Leitfaden erklärt, wie Sie Inhalte der Website ändern, und beschreibt jedes Feld jeder Sammlung.
Der Feldteil wird aus dem Inhaltsmodell (\`src/schemas/\`) erzeugt: \`npm run docs\` schreibt diese Datei neu.
Bitte bearbeiten Sie sie nicht von Hand.

## Eine Änderung vorschlagen (im Browser)

1. Öffnen Sie im Repository die Datei, die Sie ändern möchten, z. B. \`content/projekte/<kennung>.md\`,
   und wählen Sie „Bearbeiten“ (Stift-Symbol).
2. Ändern Sie den Text oder die Felder zwischen den beiden Zeilen \`---\` am Anfang (die „Frontmatter“).
3. Beschreiben Sie unten kurz, was Sie geändert haben und warum (mit Quelle), und wählen Sie
   „Propose changes“ bzw. „Änderungen vorschlagen“. Daraus wird ein Pull Request.
4. Die automatische Prüfung läuft. Findet sie Fehler, stehen sie mit Datei, Zeile und Lösungsvorschlag
   im Pull Request. Beheben Sie sie in derselben Datei; die Prüfung läuft dann erneut.
5. Eine zweite Person prüft und übernimmt die Änderung. Danach erscheint sie auf der Website.

Eine neue Datei legen Sie über „Add file“ → „Create new file“ an. Kopieren Sie am besten eine vorhandene
Datei derselben Sammlung und passen Sie sie an. Wer das Projekt auf dem eigenen Rechner hat, erzeugt eine
neue Datei mit allen Feldern und Erklärungen so:

\`\`\`sh
npm run neu -- projekt "Titel des Projekts" --quelle kennung-der-quelle
\`\`\`

(statt \`projekt\` auch \`kommune\`, \`themenfeld\`, \`ziel\`, \`quelle\`, \`ereignis\` oder \`seite\`). Der Dateiname
wird aus dem Titel gebildet; Felder, für die es keinen sicheren Anfangswert gibt, bleiben leer und werden
danach genannt.

## Regeln, die immer gelten

- **Der Dateiname ist die Kennung** und Teil der Adresse: nur Kleinbuchstaben a–z, Ziffern und einzelne
  Bindestriche; Umlaute ausschreiben (ä → ae, ö → oe, ü → ue, ß → ss). Eine veröffentlichte Adresse wird
  in Förderanträgen zitiert: Benennen Sie Dateien nicht um.
- **Nichts erfinden.** Was die Quellen nicht sagen, steht als \`keine Angabe\` und wird so angezeigt.
- **Jede Angabe braucht eine Quelle.** Felder \`quellen\` enthalten Kennungen aus \`content/quellen/\`.
  Im Text zitieren Sie mit einem Link: \`[Vorlage 12/2021](quelle:kennung-der-quelle)\`.
  Widersprechen sich Quellen, nennen Sie beide Angaben mit ihren Quellen.
- **Daten** schreiben Sie als \`2021-06-29\`, \`2021-06\` oder \`2021\` – so genau, wie die Quelle es sagt.
- **Die Priorität eines Projekts** ergibt sich aus seinem Themenfeld; sie steht nicht im Projekt.
- **Keine Programmbestandteile:** \`.md\`-Dateien (oder \`.mdx\` nur mit den Komponenten unten); die erste Zeile ist genau \`---\`.

## Was die Prüfung meldet

Jede Meldung hat die Form \`Datei:Zeile:Spalte: Fehler: Was falsch ist\`, darunter nach \`→\` die Lösung.
Häufige Meldungen:

| Meldung | Lösung |
| --- | --- |
| Pflichtfeld … fehlt | Feld ergänzen; unbekannt: \`keine Angabe\` |
| Unbekanntes Feld „…“ | Tippfehler? Die Meldung nennt das nächstliegende erlaubte Feld |
| … ist kein erlaubter Wert | einen der aufgezählten Werte verwenden |
| Verweis auf „…“: … gibt es keinen Eintrag | Kennung (Dateiname ohne .md) prüfen; die Meldung schlägt die nächstliegende vor |
| Kein gültiges Datum | Schreibweise JJJJ-MM-TT und Kalender prüfen (es gibt keinen 30. Februar) |
| Die YAML-Einrückung stimmt nicht | Text mit „: “ in Anführungszeichen setzen; mit Leerzeichen einrücken |
| Ein Feld steht zweimal | eine der beiden Zeilen löschen |
| Die Frontmatter wird nicht geschlossen | nach dem letzten Feld eine Zeile \`---\` einfügen |
| Zeichen, die kein UTF-8 sind | Datei als UTF-8 speichern |
| Skripte … / Das HTML-Element … / Das Attribut „on…“ … sind nicht erlaubt | Element oder Attribut entfernen: Inhalte sind Text, kein Programmcode |
| Bilder von anderen Servern sind nicht erlaubt | die Website lädt nichts von fremden Servern; Bild neben die Textdatei legen: \`![Beschreibung](bild.png)\` |

Sie können die Prüfung auch selbst starten: \`npm run validate\` (alle Dateien) oder
\`npm run validate -- content/projekte/datei.md\` (nur diese).

## Hilfe im Editor

Für jede Sammlung veröffentlicht die Website ein JSON Schema unter \`/schema/<sammlung>.json\`
(z. B. \`/schema/projekte.json\`). Editoren mit YAML-Unterstützung (etwa VS Code mit der Erweiterung „YAML“)
schlagen damit Felder und erlaubte Werte vor und markieren Fehler schon beim Schreiben.
`;

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function collectionSection(name: string, def: CollectionDef): string {
  const where = def.format === 'yaml' ? `Datei \`content/${def.path}\`` : `Ordner \`content/${def.path}/\`, eine \`.md\`-Datei je Eintrag`;
  const rows = fieldRows(def.schema).map(
    (r) => `| \`${r.name}\` | ${escapeCell(r.label)} | ${escapeCell(r.type)} | ${r.required ? 'ja' : 'nein'} | ${escapeCell(r.help)}${r.example ? ` Beispiel: \`${escapeCell(r.example)}\`` : ''} |`,
  );
  const notes = [
    def.singleton ? 'Es gibt genau einen Eintrag.' : '',
    def.requiredIds?.length ? `Diese Einträge müssen existieren: ${def.requiredIds.map((id) => `\`${id}\``).join(', ')}.` : '',
    def.reservedIds?.length ? `Nicht erlaubte Dateinamen (feste Adressen der Website): ${def.reservedIds.map((id) => `\`${id}\``).join(', ')}.` : '',
  ].filter(Boolean).join(' ');
  return [
    `### ${def.label} (\`${name}\`)`,
    '',
    `${where}.${notes ? ` ${notes}` : ''}`,
    '',
    '| Feld | Bezeichnung | Typ | Pflicht | Bedeutung |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export function editorGuide(): string {
  return [
    INTRO,
    textSection(),
    '## Alle Felder aller Sammlungen',
    '',
    'Felder mit „oder „keine Angabe““ dürfen unbekannt sein. Listen schreiben Sie als `[a, b]` oder als Zeilen mit `- `.',
    '',
    ...collectionNames.map((name) => collectionSection(name, collections[name])),
  ].join('\n');
}
