/**
 * What changed, newest first: each project's status with the date it is
 * documented for (from the content), and each commit that added or changed a
 * project file (from git, where available).
 */
import { createHash } from 'node:crypto';
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { projektStatus } from '../schemas/vocab.ts';
import type { SiteContent } from './model.ts';
import { urls } from './urls.ts';

export interface Aenderung {
  /** Stable key of the entry. */
  schluessel: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time. */
  datum: string;
  art: 'status' | 'neu' | 'geaendert';
  titel: string;
  text: string;
  /** Site path of the changed page. */
  pfad: string;
}

export function aenderungen(site: SiteContent, limit = 100): Aenderung[] {
  const out: Aenderung[] = [];
  for (const p of site.projekte) {
    const { status, titel } = p.data;
    if (status.stand !== KEINE_ANGABE && status.wert !== 'keine-angabe') {
      out.push({
        schluessel: `${p.id}/status/${status.wert}/${status.stand}`,
        datum: status.stand,
        art: 'status',
        titel: `${titel}: Status „${projektStatus.label(status.wert)}“`,
        text: `Laut Quellen ist der Status des Projekts „${projektStatus.label(status.wert)}“.`,
        pfad: urls.projekt(p.id),
      });
    }
    p.aenderungen.forEach((c, i) => {
      const erste = i === p.aenderungen.length - 1 && !site.historie.unvollstaendig;
      out.push({
        schluessel: `${p.id}/commit/${c.hash}`,
        datum: c.datum,
        art: erste ? 'neu' : 'geaendert',
        titel: `${erste ? 'Neues Projekt' : 'Projekt geändert'}: ${titel}`,
        text: c.nachricht,
        pfad: urls.projekt(p.id),
      });
    });
  }
  return out
    .sort((a, b) => b.datum.localeCompare(a.datum) || a.schluessel.localeCompare(b.schluessel))
    .slice(0, limit);
}

/** An RFC 3339 time for Atom: partial dates become the first moment of the period (UTC). */
export function atomZeit(datum: string): string {
  if (datum.includes('T')) return new Date(datum).toISOString().replace(/\.000Z$/, 'Z');
  const [y, m = '01', d = '01'] = datum.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** A stable IRI for a feed or entry: its URL when the site's address is known, else a name-based UUID. */
export function atomId(key: string, site: URL | undefined): string {
  if (site) return new URL(key, site).href;
  const hex = createHash('sha1').update(key).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atomFeed(site: SiteContent, siteUrl: URL | undefined): string {
  const liste = aenderungen(site);
  const e = site.einstellungen;
  const abs = (p: string) => (siteUrl ? new URL(p, siteUrl).href : p);
  const updated = liste.reduce((max, a) => (atomZeit(a.datum) > max ? atomZeit(a.datum) : max), '1970-01-01T00:00:00Z');
  const entries = liste.map((a) => [
    '  <entry>',
    `    <id>${xml(atomId(`${a.pfad}#${a.schluessel}`, siteUrl))}</id>`,
    `    <title>${xml(a.titel)}</title>`,
    `    <updated>${atomZeit(a.datum)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xml(abs(a.pfad))}"/>`,
    `    <summary>${xml(a.text)}</summary>`,
    `    <category term="${a.art}"/>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${xml(atomId(urls.aenderungenFeed(), siteUrl))}</id>`,
    `  <title>${xml(`${e.titel} – Änderungen`)}</title>`,
    `  <subtitle>${xml(`Neue und geänderte Projekte und Statusangaben: ${e.titel} – ${e.motto}`)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(e.herausgeber === KEINE_ANGABE ? `${e.titel} – ${e.motto}` : e.herausgeber)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(abs(urls.aenderungenFeed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(abs(urls.aenderungen()))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
