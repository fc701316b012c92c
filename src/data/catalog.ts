/** The DCAT-AP.de catalogue of the datasets (JSON-LD). */
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { DATASETS, datensatz } from './datasets.ts';
import type { SiteContent } from './model.ts';
import { neuesterStand, type Absolut } from './open-data.ts';
import { urls } from './urls.ts';

const FORMATE: Record<string, string> = {
  JSON: 'http://publications.europa.eu/resource/authority/file-type/JSON',
  CSV: 'http://publications.europa.eu/resource/authority/file-type/CSV',
};

export function catalog(site: SiteContent, abs: Absolut) {
  const e = site.einstellungen;
  const publisher = e.herausgeber === KEINE_ANGABE ? undefined : { '@type': 'foaf:Organization', 'foaf:name': e.herausgeber };
  const spatial = e.regionalschluessel === KEINE_ANGABE
    ? {}
    : {
        'dcatde:politicalGeocodingURI': { '@id': `http://dcat-ap.de/def/politicalGeocoding/regionalKey/${e.regionalschluessel}` },
        'dcatde:politicalGeocodingLevelURI': { '@id': 'http://dcat-ap.de/def/politicalGeocodingLevel/administrativeDistrict' },
      };
  const datasets = DATASETS.map((d) => {
    const { stand } = datensatz(d, site, abs);
    return {
      '@type': 'dcat:Dataset',
      '@id': abs(urls.datei(d.datei)) + '#datensatz',
      'dct:identifier': d.datei,
      'dct:title': `${e.titel}: ${d.titel}`,
      'dct:description': d.beschreibung,
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
      'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' },
      'dct:spatial': { '@type': 'dct:Location', 'skos:prefLabel': e.region },
      ...spatial,
      ...(stand ? { 'dct:modified': { '@value': stand, '@type': 'xsd:date' } } : {}),
      ...(publisher ? { 'dct:publisher': publisher } : {}),
      'dcat:landingPage': { '@id': abs(urls.daten()) },
      'dcat:distribution': [
        {
          '@type': 'dcat:Distribution',
          'dct:title': d.titel,
          'dcat:accessURL': { '@id': abs(urls.datei(d.datei)) },
          'dcat:downloadURL': { '@id': abs(urls.datei(d.datei)) },
          'dct:format': { '@id': FORMATE[d.format] },
          'dcat:mediaType': d.mediaType,
          'dct:license': { '@id': e.datenlizenz.dcat },
          'dcatde:licenseAttributionByText': `${e.titel} – ${e.motto}`,
        },
      ],
    };
  });
  const modified = neuesterStand(datasets.map((d) => ({ stand: (d['dct:modified'] as { '@value': string } | undefined)?.['@value'] ?? null })));
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@type': 'dcat:Catalog',
    '@id': abs(urls.datei('catalog.jsonld')),
    'dct:title': `${e.titel} – ${e.motto}: offene Daten`,
    'dct:description': e.beschreibung,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
    'dcat:themeTaxonomy': { '@id': 'http://publications.europa.eu/resource/authority/data-theme' },
    'foaf:homepage': { '@id': abs(urls.start()) },
    'dct:license': { '@id': e.datenlizenz.dcat },
    ...(modified ? { 'dct:modified': { '@value': modified, '@type': 'xsd:date' } } : {}),
    ...(publisher ? { 'dct:publisher': publisher } : {}),
    'dcat:dataset': datasets,
  };
}
