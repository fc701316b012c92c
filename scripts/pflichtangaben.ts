/**
 * npm run pflichtangaben [-- --veroeffentlichen]: checks that the publisher's facts required by
 * § 5 DDG are filled in (einstellungen.yaml: herausgeber; content/seiten/impressum.md without
 * "keine Angabe"). Locally and in pull requests it only warns; with --veroeffentlichen (the publish
 * workflow) missing facts stop the deployment with a German message naming what to fill in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from '../src/config/content-dir.ts';
import { pflichtangabenOffen } from '../src/data/pflichtseiten.ts';

export function fehlendePflichtangaben(ordner: string): string[] {
  const fehlend: string[] = [];
  const einstellungenDatei = path.join(ordner, 'einstellungen.yaml');
  const einstellungen = existsSync(einstellungenDatei) ? (yaml.load(readFileSync(einstellungenDatei, 'utf8')) as Record<string, unknown> | null) : null;
  const herausgeber = einstellungen?.herausgeber;
  if (typeof herausgeber !== 'string' || herausgeber.trim() === '' || herausgeber === 'keine Angabe') {
    fehlend.push('content/einstellungen.yaml, Feld „herausgeber“: Name der herausgebenden Stelle, wie er im Impressum stehen soll.');
  }
  const impressum = path.join(ordner, 'seiten', 'impressum.md');
  if (!existsSync(impressum)) fehlend.push('content/seiten/impressum.md fehlt: Impressum mit Name, Anschrift, Vertretungsberechtigten, Kontakt und Aufsichtsbehörde anlegen.');
  else {
    const zeilen = readFileSync(impressum, 'utf8').split('\n');
    zeilen.forEach((zeile, i) => {
      if (pflichtangabenOffen(zeile)) fehlend.push(`content/seiten/impressum.md, Zeile ${i + 1}: „keine Angabe“ durch die Angaben nach § 5 DDG ersetzen (Name und Anschrift, Vertretungsberechtigte, Kontakt, Aufsichtsbehörde).`);
    });
  }
  return fehlend;
}

function main(): number {
  const streng = process.argv.includes('--veroeffentlichen');
  const fehlend = fehlendePflichtangaben(contentDir());
  if (fehlend.length === 0) {
    console.log('Pflichtangaben nach § 5 DDG: vollständig.');
    return 0;
  }
  const liste = fehlend.map((f) => `  – ${f}`).join('\n');
  if (streng) {
    console.error(`Die Website wird nicht veröffentlicht: Die Pflichtangaben des Herausgebers nach § 5 DDG fehlen noch.\nBitte ergänzen:\n${liste}`);
    return 1;
  }
  console.warn(`Hinweis: Vor der Veröffentlichung fehlen noch Pflichtangaben nach § 5 DDG (der Veröffentlichungs-Workflow bricht sonst ab):\n${liste}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
