/**
 * What changed, newest first, as public pages and the Atom feed show it: the editors' change notes
 * of every page, and the first publication of each project, Kommune and Themenfeld. Commit
 * messages are for developers and never appear here.
 */
import { createHash } from 'node:crypto';
import { KEINE_ANGABE } from '../schemas/fields.ts';
import type { Entry, SiteContent } from './model.ts';
import { urls } from './urls.ts';
import { quellenName } from '../schemas/quellen.ts';
import type { CollectionName } from '../schemas/index.ts';
import { xmlText } from './xml-text.ts';

export interface Aenderung {
  /** Stable key of the entry. */
  schluessel: string;
  /** Name of the page. */
  /** YYYY-MM-DD. */
  datum: string;
  art: 'neu' | 'geaendert';
  titel: string;
  /** The change note, or that the page is new. */
  text: string;
  /** Site path of the changed page. */
  pfad: string;
}

interface Seite {
  eintrag: Entry<CollectionName>;
  name: string;
  pfad: string;
  /** Whether its first publication is news (projects, Kommunen, Themenfelder). */
  erstmeldung: boolean;
}

function seiten(site: SiteContent): Seite[] {
  return [
    ...site.projekte.map((p) => ({ eintrag: p, name: p.data.titel, pfad: urls.projekt(p.id), erstmeldung: true })),
    ...site.kommunen.map((k) => ({ eintrag: k, name: k.data.name, pfad: urls.kommune(k.id), erstmeldung: true })),
    ...site.themenfelder.map((t) => ({ eintrag: t, name: t.data.titel, pfad: urls.themenfeld(t.id), erstmeldung: true })),
    ...site.quellen.map((q) => ({ eintrag: q, name: quellenName(q.data), pfad: urls.quelle(q.id), erstmeldung: false })),
    ...site.seiten.map((x) => ({ eintrag: x, name: x.data.titel, pfad: urls.seite(x.id), erstmeldung: false })),
    { eintrag: site.leitbild, name: site.leitbild.data.titel, pfad: urls.leitbild(), erstmeldung: false },
  ] as Seite[];
}

export function aenderungen(site: SiteContent, limit = 100): Aenderung[] {
  const out: Aenderung[] = [];
  for (const { eintrag, name, pfad, erstmeldung } of seiten(site)) {
    for (const a of eintrag.aenderungen) {
      if (a.erstveroeffentlichung && !erstmeldung) continue;
      out.push({
        schluessel: `${eintrag.file}/${a.datum}/${a.erstveroeffentlichung ? 'neu' : createHash('sha1').update(a.notiz).digest('hex').slice(0, 8)}`,
        datum: a.datum,
        art: a.erstveroeffentlichung ? 'neu' : 'geaendert',
        titel: name,
        text: a.erstveroeffentlichung ? 'Neu veröffentlicht.' : a.notiz,
        pfad,
      });
    }
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

const xml = xmlText;

export function atomFeed(site: SiteContent, siteUrl: URL | undefined): string {
  const liste = aenderungen(site);
  const e = site.einstellungen;
  const abs = (p: string) => (siteUrl ? new URL(p, siteUrl).href : p);
  const updated = liste.reduce((max, a) => (atomZeit(a.datum) > max ? atomZeit(a.datum) : max), '1970-01-01T00:00:00Z');
  const entries = liste.map((a) => [
    '  <entry>',
    `    <id>${xml(atomId(`${a.pfad}#${a.schluessel}`, siteUrl))}</id>`,
    `    <title>${xml(`${a.titel}: ${a.text}`)}</title>`,
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
    `  <subtitle>${xml(`Neue Seiten und Änderungsnotizen der Redaktion: ${e.titel} – ${e.motto}`)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(e.herausgeber === KEINE_ANGABE ? `${e.titel} – ${e.motto}` : e.herausgeber)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(abs(urls.aenderungenFeed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(abs(urls.aenderungen()))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
