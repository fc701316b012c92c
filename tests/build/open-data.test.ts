/** The open data, feed, JSON-LD and preview images of the built site match the content. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import yaml from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { CSV_SPALTEN } from '../../src/data/open-data.ts';

const { dir: dist } = inject('site');
const read = (p: string, from = dist) => readFileSync(path.join(from, p), 'utf8');
const json = (p: string, from = dist) => JSON.parse(read(p, from));
/** The fictional fixture site, for values; the real site only for invariants. */
const fixture = inject('fixture').dir;
/** The region named in a content folder's settings. */
const regionOf = (content: string) => (yaml.load(readFileSync(path.join(content, 'einstellungen.yaml'), 'utf8')) as { region: string }).region;
const ids = (collection: string) => readdirSync(path.join('content', collection)).map((f) => f.replace(/\.md$/, '')).sort();
/** A site path ("/projekte/x/", "/quellen/#id", "/daten/a.json") is served by the build. */
function resolves(url: string): boolean {
  const [pathname, fragment] = url.split('#') as [string, string | undefined];
  const file = path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!existsSync(file)) return false;
  return fragment === undefined || readFileSync(file, 'utf8').includes(`id="${fragment}"`);
}
function urlsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'url' && typeof v === 'string' ? [v] : urlsIn(v)));
  return [];
}

describe('datasets under /daten/', () => {
  it.each([
    ['projekte.json', 'projekte'],
    ['kommunen.json', 'kommunen'],
    ['themenfelder.json', 'themenfelder'],
    ['quellen.json', 'quellen'],
  ])('%s has one entry per content file, with permanent URLs that resolve and a Stand', (datei, collection) => {
    const data = json(`daten/${datei}`);
    expect(data.lizenz.name).toMatch(/Datenlizenz Deutschland – Namensnennung/);
    expect(data.anzahl).toBe(ids(collection).length);
    expect(data.eintraege.map((e: { id: string }) => e.id).sort()).toEqual(ids(collection));
    for (const e of data.eintraege) expect(e.stand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const urls = urlsIn(data.eintraege);
    expect(urls.length).toBeGreaterThan(data.anzahl);
    for (const url of urls) expect(resolves(url), url).toBe(true);
    expect(data.stand).toBe(data.eintraege.map((e: { stand: string }) => e.stand).sort().at(-1));
  });

  it('resolves references: a project names its Themenfeld, priority and Kommunen with their pages; unknowns are null', () => {
    const projekte = json('daten/projekte.json', fixture).eintraege;
    const projekt = projekte.find((p: { id: string }) => p.id === 'foerderprojekt');
    expect(projekt.themenfeld).toEqual({ id: 'testfeld', titel: 'Testfeld', url: 'https://teststrategie.example.invalid/themenfelder/testfeld/' });
    expect(projekt.prioritaet).toBe('II');
    expect(projekt.beteiligte.map((b: { kommune: { name: string } }) => b.kommune.name)).toEqual(['Teststadt', 'Testdorf']);
    expect(projekt.foerderung.map((f: { betrag_euro: number }) => f.betrag_euro)).toEqual([584100, 650000]);
    const unbekannt = projekte.find((p: { id: string }) => p.id === 'verwaltungsprojekt');
    expect(unbekannt.ziel).toBeNull();
    expect(unbekannt.federfuehrung).toBeNull();
  });

  it('projekte.csv opens in German spreadsheets: BOM, semicolons, the documented columns, one row per project', () => {
    const raw = read('daten/projekte.csv');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(raw.slice(1));
    expect(rows[0]).toEqual([...CSV_SPALTEN]);
    expect(rows).toHaveLength(ids('projekte').length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_SPALTEN.length);
    const projekt = parseCsv(read('daten/projekte.csv', fixture).slice(1)).find((r) => r[0] === 'foerderprojekt')!;
    expect(projekt[CSV_SPALTEN.indexOf('prioritaet')]).toBe('II');
    expect(projekt[CSV_SPALTEN.indexOf('titel')]).toBe('Erfundenes Förderprojekt „Marktplatz“');
  });

  it('describes every dataset in a DCAT-AP.de catalogue', () => {
    const cat = json('daten/catalog.jsonld');
    expect(cat['@type']).toBe('dcat:Catalog');
    expect(cat['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    const datasets = cat['dcat:dataset'];
    expect(datasets.map((d: { 'dct:identifier': string }) => d['dct:identifier']).sort()).toEqual(
      ['kommunen.json', 'projekte.csv', 'projekte.json', 'quellen.json', 'themenfelder.json'],
    );
    for (const d of datasets) {
      expect(d['dct:title']).toBeTruthy();
      expect(d['dct:modified']['@value']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d['dct:spatial']['skos:prefLabel']).toBe(regionOf('content'));
      const dist0 = d['dcat:distribution'][0];
      expect(dist0['dct:license']['@id']).toBe('http://dcat-ap.de/def/licenses/dl-by-de/2.0');
      expect(resolves(dist0['dcat:downloadURL']['@id'])).toBe(true);
    }
    // The publisher and the regional key are unknown in the sources: they are left out, not invented.
    expect(cat['dct:publisher']).toBeUndefined();
    expect(datasets[0]['dcatde:politicalGeocodingURI']).toBeUndefined();
  });

  it('explains the datasets and the licence on /daten/', () => {
    const html = read('daten/index.html');
    expect(html).toMatch(/href="https:\/\/www\.govdata\.de\/dl-de\/by-2-0" rel="license"/);
    for (const datei of ['projekte.json', 'projekte.csv', 'kommunen.json', 'themenfelder.json', 'quellen.json', 'catalog.jsonld']) {
      expect(html).toContain(`href="/daten/${datei}"`);
    }
  });
});

describe('schema.org JSON-LD', () => {
  const jsonLd = (p: string) => {
    const m = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(read(p, fixture));
    expect(m, p).not.toBeNull();
    return JSON.parse(m![1]!);
  };

  it('describes a Steckbrief as a Project with its grants and Kommunen', () => {
    const data = jsonLd('projekte/foerderprojekt/index.html');
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Project');
    expect(data.name).toBe('Erfundenes Förderprojekt „Marktplatz“');
    expect(data.url).toBe('https://teststrategie.example.invalid/projekte/foerderprojekt/');
    expect(data.funding[0]).toMatchObject({ '@type': 'MonetaryGrant', amount: { '@type': 'MonetaryAmount', value: 584100, currency: 'EUR' } });
    expect(data.member.every((m: { '@type': string }) => m['@type'] === 'GovernmentOrganization')).toBe(true);
    expect(data.member).toHaveLength(2);
  });

  it('describes a Kommune as a GovernmentOrganization with its projects', () => {
    const data = jsonLd('kommunen/teststadt/index.html');
    expect(data['@type']).toBe('GovernmentOrganization');
    expect(data.name).toBe('Teststadt');
    expect(data.memberOf.map((p: { url: string }) => p.url)).toContain('https://teststrategie.example.invalid/projekte/foerderprojekt/');
  });
});

describe('Atom feed of changes', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

  it('is well-formed Atom with the required elements, newest first', () => {
    const raw = read('aenderungen.xml');
    const { feed } = parser.parse(raw);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key], key).toBeDefined();
    const entries = [feed.entry].flat();
    expect(entries.length).toBeGreaterThan(0);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
    expect(feed.updated).toMatch(rfc3339);
    for (const e of entries) {
      expect(e.id).toMatch(/^(urn:uuid:[0-9a-f-]{36}|https?:\/\/)/);
      expect(e.title).toBeTruthy();
      expect(e.updated).toMatch(rfc3339);
      expect(resolves(e.link['@href'])).toBe(true);
    }
    const times = entries.map((e) => e.updated as string);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const fixtureEntries = [parser.parse(read('aenderungen.xml', fixture)).feed.entry].flat();
    expect(fixtureEntries.map((e) => e.title)).toContain('Erfundenes Förderprojekt „Marktplatz“: Zweite Angabe zur Förderung ergänzt.');
  });

  it('has a human page that links the feed', () => {
    const html = read('aenderungen/index.html');
    expect(html).toContain('href="/aenderungen.xml"');
    expect(read('aenderungen/index.html', fixture)).toContain('Zweite Angabe zur Förderung ergänzt.');
  });
});

describe('link previews', () => {
  it.each(['projekte/foerderprojekt', 'kommunen/teststadt'])('%s has a 1200×630 PNG preview image', (page) => {
    const html = read(`${page}/index.html`, fixture);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    expect(image).toBe(`https://teststrategie.example.invalid/vorschau/${page}.png`);
    const png = readFileSync(path.join(fixture, new URL(image).pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('draws one image per project and per Kommune', () => {
    expect(readdirSync(path.join(dist, 'vorschau/projekte')).length).toBe(ids('projekte').length);
    expect(readdirSync(path.join(dist, 'vorschau/kommunen')).length).toBe(ids('kommunen').length);
  });
});

/** RFC 4180 CSV with ";" separator and CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}
