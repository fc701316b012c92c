/** The editor guide's section on text: what Markdown may contain, and each .mdx component with an example. */
import { INHALT_KOMPONENTEN, type InhaltKomponente } from '../components/inhalt/komponenten.ts';
import { LINK_SCHEMES } from '../markdown/allowlist.ts';

function angaben(k: InhaltKomponente): string {
  return Object.entries(k.props.shape)
    .map(([name, schema]) => `\`${name}\`${(schema as { safeParse: (v: unknown) => { success: boolean } }).safeParse(undefined).success ? ' (freiwillig)' : ''}`)
    .join(', ');
}

export function textSection(): string {
  const schemes = LINK_SCHEMES.filter((s) => s !== 'quelle').map((s) => `\`${s}:\``).join(', ');
  return [
    '## Der Text: Markdown, Links, Bilder und Komponenten',
    '',
    'Unter der Frontmatter steht der Text in Markdown: Absätze, `## Überschriften` (die Seite hat ihre Überschrift',
    'erster Ebene schon, den Titel), Listen mit `- `, **fett**, *kursiv*, Tabellen, Zitate mit `>`.',
    `Links führen zu Adressen mit ${schemes}, zu Seiten dieser Website (\`/projekte/kennung/\`, mit \`/\` am Ende)`,
    'oder zu einer Quelle (`quelle:kennung`). Bilder legen Sie neben die Textdatei und binden sie mit',
    'Beschreibung ein: `![Was das Bild zeigt](bild.png)`. Alles andere (HTML mit Skripten, Ereignis-Attributen,',
    'Formularen, eingebetteten Seiten, Bildern von anderen Servern, eigener Gestaltung) entfernt die Website; die',
    'Prüfung nennt jede solche Stelle mit Zeile. HTML-Kommentare erscheinen nicht auf der Website, stehen aber',
    'öffentlich im Repository: interne Notizen gehören nicht in Inhaltsdateien.',
    '',
    'Für hervorgehobene Inhalte gibt es drei Komponenten. Sie stehen nur in Dateien mit der Endung `.mdx`',
    '(statt `.md`), ohne `import`, und sonst nichts aus MDX: keine geschweiften Klammern `{…}`, keine anderen',
    'Komponenten, kein `export`. Werte stehen immer in Anführungszeichen.',
    '',
    ...Object.entries(INHALT_KOMPONENTEN).flatMap(([name, k]) => [
      `### ${name}`,
      '',
      `${k.zweck} Angaben: ${angaben(k)}.${k.mitText ? ' Zwischen Anfangs- und End-Tag steht Text in Markdown.' : ''}`,
      '',
      '```mdx',
      k.beispiel,
      '```',
      '',
    ]),
  ].join('\n');
}
