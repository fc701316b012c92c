/**
 * How to cite a page in a funding application: plain text, BibTeX and CSL-JSON, pointing at the
 * current Fassung (a permanent address that keeps what the page says today) with its date.
 * Unknown facts are left out: a citation never says "keine Angabe". The reader adds the day of access.
 */
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { formatDatum } from './format.ts';
import type { Aenderungsnotiz } from './history.ts';
import type { SiteContent } from './model.ts';

export interface Zitat {
  titel: string;
  url: string;
  stand?: string;
  text: string;
  bibtex: string;
  csl: string;
}

/** BibTeX's special characters, escaped. */
const tex = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`).replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

export function zitat(site: SiteContent, seite: { titel: string; schluessel: string; pfad: string; aenderungen: readonly Aenderungsnotiz[] }, abs: (p: string) => string): Zitat {
  const e = site.einstellungen;
  const werk = `${e.titel} – ${e.motto}`;
  const herausgeber = e.herausgeber !== KEINE_ANGABE ? e.herausgeber : undefined;
  const neueste = seite.aenderungen[0];
  const stand = neueste?.datum;
  const url = abs(neueste?.fassung ?? seite.pfad);
  const text = [
    `${seite.titel}.`,
    `In: ${werk}.`,
    herausgeber ? `Herausgeber: ${herausgeber}.` : '',
    `${url}${stand ? ` (Stand: ${formatDatum(stand)})` : ''}.`,
    'Abgerufen am: …',
  ].filter(Boolean).join(' ');
  const bibtex = [
    `@misc{${seite.schluessel},`,
    `  title = {${tex(seite.titel)}},`,
    herausgeber ? `  author = {{${tex(herausgeber)}}},` : '',
    `  howpublished = {\\url{${url}}},`,
    stand ? `  year = {${stand.slice(0, 4)}},` : '',
    `  note = {In: ${tex(werk)}${stand ? `. Stand: ${stand}` : ''}. Abgerufen am: …},`,
    '}',
  ].filter(Boolean).join('\n');
  const csl = JSON.stringify([{
    id: seite.schluessel,
    type: 'webpage',
    title: seite.titel,
    'container-title': werk,
    ...(herausgeber ? { publisher: herausgeber, author: [{ literal: herausgeber }] } : {}),
    URL: url,
    ...(stand ? { issued: { 'date-parts': [stand.split('-').map(Number)] } } : {}),
  }], null, 2);
  return { titel: seite.titel, url, stand, text, bibtex, csl };
}
