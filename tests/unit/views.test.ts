import { describe, expect, it } from 'vitest';
import { formatDatum, formatEuro } from '../../src/data/format.ts';
import type { Entry, SiteContent } from '../../src/data/model.ts';
import {
  chronikSortiert, kommunenSortiert, nachBezug, nichtBelegt, prioritaetVon, projektKarte, projekteDerKommune, projekteDerPrioritaet,
  projekteDesThemenfelds, resolveLinks, zitierendeSeiten,
} from '../../src/data/views.ts';
import { statusAnzeige } from '../../src/data/status.ts';
import { heuteMonat } from '../../src/data/heute.ts';
import { projekteSchema } from '../../src/schemas/projekte.ts';
import { isCalendarDate } from '../../src/schemas/fields.ts';

const entry = <T,>(id: string, data: T, html = ''): Entry<never> => ({ id, data, html, file: `${id}.md` }) as unknown as Entry<never>;

function projekt(id: string, themenfeld: string, beteiligte: { kommune: string; status: string }[] = [], bezug = 'steckbrief') {
  const data = projekteSchema.parse({
    titel: `Projekt ${id}`, beschreibung: 'Test.', themenfeld, bezug, ziel: 'keine Angabe', federfuehrung: 'keine Angabe',
    status: { wert: 'in-umsetzung', stand: '2024', quellen: ['q'] },
    zeitraum: { beginn: 'keine Angabe', ende: 'keine Angabe' },
    beteiligte: beteiligte.map((b) => ({ ...b, rolle: 'beteiligt', quellen: ['q'] })),
    quellen: ['q'],
  });
  return entry(id, data, `<p>Text (<a href="/quellen/q2/">Beleg</a>)</p>`);
}

const site = {
  einstellungen: {},
  leitbild: entry('leitbild', { titel: 'Leitbild', quellen: ['q'] }),
  ziele: [],
  themenfelder: [
    entry('b-feld', { titel: 'B-Feld', prioritaet: 'II', reihenfolge: 1, quellen: ['q'] }),
    entry('a-feld', { titel: 'A-Feld', prioritaet: 'I', reihenfolge: 2, quellen: ['q'] }),
  ],
  projekte: [
    projekt('zwei', 'b-feld', [{ kommune: 'dorf', status: 'geplant' }]),
    projekt('eins', 'a-feld', [{ kommune: 'dorf', status: 'abgeschlossen' }, { kommune: 'stadt', status: 'in-umsetzung' }]),
    projekt('offen', 'keine Angabe'),
    projekt('anderes', 'a-feld', [], 'nicht-belegt'),
  ],
  kommunen: [
    entry('stadt', { name: 'Zettelstadt', art: 'stadt' }),
    entry('kreis', { name: 'Testkreis', art: 'kreis' }),
    entry('dorf', { name: 'Ährendorf', art: 'gemeinde' }),
  ],
  chronik: [entry('c2', { titel: 'Später', datum: '2021-06-01' }), entry('c1', { titel: 'Früher', datum: '2021' }), entry('c3', { titel: 'Mitte', datum: '2021-06' })],
  quellen: [entry('q', { titel: 'Q' }), entry('q2', { titel: 'Q2' })],
  seiten: [],
} as unknown as SiteContent;

describe('derived views', () => {
  it('derives a project\'s priority from its Themenfeld, unknown Themenfeld → unknown priority', () => {
    expect(site.projekte.slice(0, 3).map((p) => prioritaetVon(site, p))).toEqual(['II', 'I', undefined]);
    expect(projektKarte(site, site.projekte[2]!).prioritaet).toBeUndefined();
  });

  it('counts only projects of the strategy for a tier; others are listed apart, without a tier', () => {
    expect(projekteDerPrioritaet(site, 'I').map((p) => p.id)).toEqual(['eins']);
    const anderes = projektKarte(site, site.projekte[3]!);
    expect(anderes.strategie).toBe(false);
    expect(anderes.prioritaet).toBeUndefined();
    expect(nachBezug([anderes, projektKarte(site, site.projekte[1]!)]).weitere.map((k) => k.id)).toEqual(['anderes']);
  });

  it('shows a status with its date, and as "zuletzt belegt" once its evidence is older than the set age', () => {
    expect(statusAnzeige('in-umsetzung', '2024-05', 12, '2024-11')).toMatchObject({ veraltet: false, text: 'In Umsetzung, Stand: Mai 2024', ton: 'success' });
    expect(statusAnzeige('in-umsetzung', '2021-07', 12, '2024-11')).toMatchObject({ veraltet: true, text: 'In Umsetzung, zuletzt belegt: Juli 2021', ton: 'neutral' });
    expect(statusAnzeige('geplant', '2023', 12, '2024-11')!.veraltet).toBe(false);
    expect(statusAnzeige('geplant', '2023', 6, '2024-11')!.veraltet).toBe(true);
    expect(statusAnzeige('geplant', 'keine Angabe', 12, '2024-11')).toMatchObject({ veraltet: true, text: 'Geplant, Datum nicht belegt' });
    expect(statusAnzeige('keine-angabe', '2024', 12, '2024-11')).toBeUndefined();
  });

  it('takes "today" from SOURCE_DATE_EPOCH when set, else from the clock, to the month', () => {
    expect(heuteMonat({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11');
    expect(heuteMonat({}, () => Date.UTC(2030, 0, 31))).toBe('2030-01');
  });

  it('names the unknown fields for the one "Nicht belegt" line', () => {
    expect(nichtBelegt({ Ziel: 'keine Angabe', Kontakt: undefined, Status: 'keine-angabe', Förderung: [], Titel: 'bekannt' })).toEqual(['Ziel', 'Kontakt', 'Status', 'Förderung']);
  });

  it('lists a Kommune\'s projects with its own status there, highest priority first', () => {
    const list = projekteDerKommune(site, 'dorf');
    expect(list.map((x) => [x.projekt.id, x.beteiligung.status])).toEqual([['eins', 'abgeschlossen'], ['zwei', 'geplant']]);
    expect(projektKarte(site, list[0]!.projekt, list[0]!.beteiligung).beteiligung).toMatchObject({ rolle: 'Beteiligt', status: { label: 'Abgeschlossen', datum: undefined } });
  });

  it('finds the projects of a Themenfeld', () => {
    expect(projekteDesThemenfelds(site, 'b-feld').map((p) => p.id)).toEqual(['zwei']);
  });

  it('puts the Kreis first, then Kommunen in German alphabetical order', () => {
    expect(kommunenSortiert(site).map((k) => k.id)).toEqual(['kreis', 'dorf', 'stadt']);
  });

  it('orders the Chronik by date, year before month before day', () => {
    expect(chronikSortiert(site).map((c) => c.id)).toEqual(['c1', 'c3', 'c2']);
  });

  it('knows where each source is cited, in fields and in the text', () => {
    const cited = zitierendeSeiten(site);
    expect(cited.get('q')!.map((v) => v.url)).toContain('/projekte/eins/');
    expect(cited.get('q2')!.map((v) => v.url)).toContain('/projekte/zwei/');
  });
});

describe('formatting and citations', () => {
  it('shows partial dates in German and unknown as "keine Angabe"', () => {
    expect(formatDatum('2021-06-29')).toBe('29. Juni 2021');
    expect(formatDatum('2021-03')).toBe('März 2021');
    expect(formatDatum('2021')).toBe('2021');
    expect(formatDatum('keine Angabe')).toBe('keine Angabe');
    expect(formatEuro(584100)).toMatch(/^584\.100\s€$/);
  });

  it('rejects dates that do not exist', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2021-13')).toBe(false);
    expect(isCalendarDate('29.06.2021')).toBe(false);
  });

  it('turns quelle: links into links to the source list', () => {
    expect(resolveLinks('<a href="quelle:abc-1">x</a>')).toBe('<a href="/quellen/abc-1/">x</a>');
  });
});
