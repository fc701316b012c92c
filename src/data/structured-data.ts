/** schema.org JSON-LD for Steckbrief and Kommune pages, built from the content. */
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { quellenName } from '../schemas/quellen.ts';
import { kommunenArt } from '../schemas/vocab.ts';
import type { Kommune, Projekt, SiteContent } from './model.ts';
import type { Absolut } from './open-data.ts';
import { urls } from './urls.ts';
import { kommuneName, projekteDerKommune, quellenVon } from './views.ts';

const known = <T,>(value: T | typeof KEINE_ANGABE): value is T => value !== KEINE_ANGABE;

function organisation(site: SiteContent, id: string, abs: Absolut) {
  return { '@type': 'GovernmentOrganization', '@id': abs(urls.kommune(id)), name: kommuneName(site, id), url: abs(urls.kommune(id)) };
}

function quellenAlsWerke(site: SiteContent, ids: readonly string[]) {
  return quellenVon(site, ids).map((q) => ({
    '@type': 'CreativeWork',
    name: quellenName(q.data),
    ...(known(q.data.herausgeber) ? { publisher: { '@type': 'Organization', name: q.data.herausgeber } } : {}),
    ...(known(q.data.datum) ? { datePublished: q.data.datum } : {}),
    ...(known(q.data.url) ? { url: q.data.url } : {}),
  }));
}

export function projektJsonLd(site: SiteContent, projekt: Projekt, abs: Absolut) {
  const d = projekt.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': abs(urls.projekt(projekt.id)),
    name: d.titel,
    description: d.beschreibung,
    url: abs(urls.projekt(projekt.id)),
    inLanguage: 'de',
    ...(d.kennung ? { identifier: d.kennung } : {}),
    ...(known(d.zeitraum.beginn) ? { foundingDate: d.zeitraum.beginn } : {}),
    ...(known(d.zeitraum.ende) ? { dissolutionDate: d.zeitraum.ende } : {}),
    member: d.beteiligte.map((b) => organisation(site, b.kommune, abs)),
    funding: d.foerderung.map((f) => ({
      '@type': 'MonetaryGrant',
      name: f.programm,
      ...(known(f.geber) ? { funder: { '@type': 'GovernmentOrganization', name: f.geber } } : {}),
      ...(known(f.betrag) ? { amount: { '@type': 'MonetaryAmount', value: f.betrag, currency: 'EUR' } } : {}),
      ...(f.hinweis ? { description: f.hinweis } : {}),
    })),
    subjectOf: quellenAlsWerke(site, d.quellen),
  };
}

export function kommuneJsonLd(site: SiteContent, kommune: Kommune, abs: Absolut) {
  const d = kommune.data;
  return {
    '@context': 'https://schema.org',
    ...organisation(site, kommune.id, abs),
    ...(d.art !== 'keine-angabe' ? { additionalType: kommunenArt.label(d.art) } : {}),
    areaServed: { '@type': 'AdministrativeArea', name: d.name },
    memberOf: projekteDerKommune(site, kommune.id).map(({ projekt }) => ({
      '@type': 'Project', '@id': abs(urls.projekt(projekt.id)), name: projekt.data.titel, url: abs(urls.projekt(projekt.id)),
    })),
    subjectOf: quellenAlsWerke(site, d.quellen),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<", ">" and "&" escaped so text can never close the element
 * ("</script>") or open a comment ("<!--"); line and paragraph separators escaped for older JavaScript parsers.
 */
export const jsonLdText = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
