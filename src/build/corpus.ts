/**
 * A synthetic content folder in the real schema, for benchmarks and scale
 * tests: deterministic (seeded), valid by construction, with realistic German
 * text lengths, references and statuses. All of it is fictional: it is
 * written only to folders outside content/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projektStatus, prioritaet } from '../schemas/vocab.ts';
import { toId } from '../validation/to-id.ts';

export interface CorpusOptions {
  projekte: number;
  kommunen: number;
  seed?: number;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WOERTER = (
  'Digitalisierung Verwaltung Bürgerinnen Bürger Dienstleistung Plattform Kommune Kreis Gemeinde Stadt Förderung Projekt ' +
  'Umsetzung Netzwerk Breitband Schule Bildung Mobilität Wirtschaft Innenstadt Ortsmitte Handel Angebot Zusammenarbeit ' +
  'Datenschutz Sicherheit Beteiligung Ehrenamt Gesundheit Kultur Tourismus Region Zukunft Konzept Arbeitsgruppe Workshop ' +
  'Strategie Ziel Maßnahme Portal Anwendung Service Infrastruktur Standort Fachkräfte Unternehmen Pendler Coworking'
).split(' ');
const VERBEN = 'entwickelt verbessert unterstützt verbindet erleichtert stärkt erprobt bündelt vernetzt ermöglicht'.split(' ');
const ORTE = 'Nord Süd Ost West Berg Tal Feld Wald Bach Heide Mark Hof Brück Kirch Dorf Au'.split(' ');

export function generateCorpus(out: string, options: CorpusOptions): { dateien: number } {
  const random = rng(options.seed ?? 12);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const satz = () => {
    const n = 8 + Math.floor(random() * 14);
    const words = Array.from({ length: n }, () => pick(WOERTER));
    words.splice(2, 0, pick(VERBEN));
    return `${words.join(' ')}.`;
  };
  const absatz = (saetze: number) => Array.from({ length: saetze }, satz).join(' ');
  const datum = () => `${2019 + Math.floor(random() * 7)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  let dateien = 0;
  const write = (rel: string, text: string) => {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    dateien++;
  };
  const list = (ids: string[]) => `[${ids.join(', ')}]`;

  const quellenIds = Array.from({ length: Math.max(20, Math.ceil(options.projekte / 10)) }, (_, i) => `testquelle-${i + 1}`);
  quellenIds.forEach((id, i) =>
    write(`quellen/${id}.md`, `---\ntitel: "Erfundene Quelle ${i + 1}"\nherausgeber: Testkreis\nart: ${pick(['sitzungsvorlage', 'presseartikel', 'webseite'])}\ndatum: ${datum()}\nurl: keine Angabe\n---\n`),
  );
  const q = () => list([pick(quellenIds)]);

  write('einstellungen.yaml', `# Generierter Testkorpus (erfunden)\ntitel: Testkorpus\nmotto: Gemeinsam skalieren\nregion: Testkreis\nbeschreibung: Ein erfundener Korpus mit ${options.projekte} Projekten für Messungen.\nherausgeber: Testkreis\nwebsite: https://korpus.example.invalid\nrepository: keine Angabe\nregionalschluessel: keine Angabe\nquellen: ${q()}\n`);
  write('leitbild/leitbild.md', `---\ntitel: Leitbild\nbeschreibung: Erfundenes Leitbild.\nbausteine: [Leitbild, Ziele, Prioritäten, Projekte]\nquellen: ${q()}\n---\n\n${absatz(6)}\n`);
  for (const id of ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache']) write(`seiten/${id}.md`, `---\ntitel: ${id}\nbeschreibung: Erfundene Seite.\n---\n\n${absatz(3)}\n`);

  const felder = Array.from({ length: 8 }, (_, i) => ({ id: `themenfeld-${i + 1}`, stufe: prioritaet.values[Math.min(2, Math.floor(i / 3))]! }));
  felder.forEach((f, i) =>
    write(`themenfelder/${f.id}.md`, `---\ntitel: Themenfeld ${i + 1}\nprioritaet: ${f.stufe}\nreihenfolge: ${i + 1}\nstand: keine-angabe\nbeschreibung: Erfundenes Themenfeld.\nzielvorstellung: keine Angabe\nquellen: ${q()}\n---\n\n${absatz(4)}\n`),
  );
  for (let i = 1; i <= 4; i++) write(`ziele/ziel-${i}.md`, `---\ntitel: Erfundenes Ziel ${i}\nnummer: ${i}\nquellen: ${q()}\n---\n\n${absatz(2)}\n`);

  const kommunen = Array.from({ length: Math.max(1, options.kommunen) }, (_, i) => (i === 0 ? 'testkreis' : toId(`${pick(ORTE)}${pick(ORTE).toLowerCase()}-${i}`)));
  kommunen.forEach((id, i) =>
    write(`kommunen/${id}.md`, `---\nname: ${i === 0 ? 'Testkreis' : `Kommune ${i}`}\nart: ${i === 0 ? 'kreis' : pick(['stadt', 'gemeinde'])}\nannahme:\n  stand: beschlossen\n  hinweis: Erfunden.\n  quellen: ${q()}\nbeschluesse:\n  - gegenstand: Annahme der Strategie\n    gremium: Rat\n    datum: ${datum()}\n    vorlage: TV/${i}/2021\n    ergebnis: beschlossen\n    abstimmung: { ja: ${10 + Math.floor(random() * 30)}, nein: 0, enthaltungen: 0 }\n    quellen: ${q()}\nquellen: ${q()}\n---\n\n${absatz(3)}\n`),
  );

  const status = projektStatus.values;
  for (let i = 1; i <= options.projekte; i++) {
    const beteiligte = [...new Set(Array.from({ length: 1 + Math.floor(random() * Math.min(6, kommunen.length)) }, () => pick(kommunen)))];
    const b = beteiligte.map((k, j) => `  - kommune: ${k}\n    rolle: ${j === 0 ? 'federfuehrend' : 'beteiligt'}\n    status: ${pick(status)}\n    quellen: ${q()}`).join('\n');
    const foerderung = random() < 0.4 ? `foerderung:\n  - programm: Erfundenes Förderprogramm\n    geber: Testministerium\n    betrag: ${Math.round(random() * 900) * 1000}\n    quellen: ${q()}\n` : '';
    write(
      `projekte/projekt-${String(i).padStart(5, '0')}.md`,
      `---\ntitel: "Projekt ${i}: ${pick(WOERTER)} ${pick(WOERTER)}"\nbeschreibung: ${satz()}\nthemenfeld: ${pick(felder).id}\nbezug: ${pick(['steckbrief', 'belegt', 'nicht-belegt'])}\nziel: ${satz()}\nfederfuehrung: keine Angabe\nstatus:\n  wert: ${pick(status)}\n  stand: ${datum()}\n  quellen: ${q()}\nzeitraum:\n  beginn: ${datum()}\n  ende: keine Angabe\nbeteiligte:\n${b}\n${foerderung}quellen: ${list([...new Set([pick(quellenIds), pick(quellenIds)])])}\n---\n\n${absatz(4)}\n\n${absatz(5)} ([Beleg](quelle:${pick(quellenIds)}))\n`,
    );
  }
  for (let i = 1; i <= Math.max(5, Math.ceil(options.projekte / 20)); i++) {
    write(`chronik/ereignis-${i}.md`, `---\ntitel: Erfundenes Ereignis ${i}\ndatum: ${datum()}\nquellen: ${q()}\n---\n\n${absatz(2)}\n`);
  }
  return { dateien };
}
