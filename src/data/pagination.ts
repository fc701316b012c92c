/**
 * Long lists split into pages of SEITENGROESSE entries: page 1 at the list's
 * own URL (so published URLs keep working), page n at `<list>/seite/<n>/`.
 * Every entry stays reachable by links alone; no page grows with the content.
 */
import { SEITEN_PFAD } from '../schemas/index.ts';

export const SEITENGROESSE = 100;

/** The route parameter of page n for `[...seite]` routes: undefined for page 1. */
export const seitenParam = (nummer: number): string | undefined => (nummer === 1 ? undefined : `${SEITEN_PFAD}/${nummer}`);

export const seitenUrl = (basis: string, nummer: number): string => (nummer === 1 ? basis : `${basis}${SEITEN_PFAD}/${nummer}/`);

export interface SeitenLink {
  nummer: number;
  url: string;
}

/** Where a page sits in its list: what the page navigation and the page title need. */
export interface Seitenangabe {
  nummer: number;
  gesamt: number;
  /** Positions (1-based) of the first and last entry on this page, and the list's length. */
  von: number;
  bis: number;
  eintraege: number;
  vorherige?: SeitenLink;
  naechste?: SeitenLink;
  /** Page numbers to link, with null for a gap ("…"): first, last and the two around the current page. */
  links: (SeitenLink & { aktuell: boolean } | null)[];
}

export interface Seite<T> {
  items: T[];
  seite: Seitenangabe;
}

/** How many pages a list of `eintraege` entries takes (an empty list still has its page). */
export const seitenAnzahl = (eintraege: number, groesse = SEITENGROESSE): number => Math.max(1, Math.ceil(eintraege / groesse));

export function seitenAufteilen<T>(items: readonly T[], basis: string, groesse = SEITENGROESSE): Seite<T>[] {
  const gesamt = seitenAnzahl(items.length, groesse);
  const link = (nummer: number): SeitenLink => ({ nummer, url: seitenUrl(basis, nummer) });
  return Array.from({ length: gesamt }, (_, i) => {
    const nummer = i + 1;
    const shown = [...new Set([1, nummer - 1, nummer, nummer + 1, gesamt])].filter((n) => n >= 1 && n <= gesamt).sort((a, b) => a - b);
    const links: Seitenangabe['links'] = [];
    shown.forEach((n, j) => {
      if (j > 0 && n - shown[j - 1]! > 1) links.push(null);
      links.push({ ...link(n), aktuell: n === nummer });
    });
    return {
      items: items.slice(i * groesse, nummer * groesse),
      seite: {
        nummer,
        gesamt,
        von: Math.min(items.length, i * groesse + 1),
        bis: Math.min(items.length, nummer * groesse),
        eintraege: items.length,
        ...(nummer > 1 ? { vorherige: link(nummer - 1) } : {}),
        ...(nummer < gesamt ? { naechste: link(nummer + 1) } : {}),
        links,
      },
    };
  });
}

/** The page of a list that holds entry number `position` (0-based). */
export const seiteDerPosition = (position: number, groesse = SEITENGROESSE): number => Math.floor(position / groesse) + 1;

/** getStaticPaths entries for a `[...seite]` route: one per page, with the page (and `props`) in props. */
export function seitenPfade<T, X extends object = object>(items: readonly T[], basis: string, params: Record<string, string> = {}, props = {} as X) {
  return seitenAufteilen(items, basis).map((s) => ({ params: { ...params, seite: seitenParam(s.seite.nummer) }, props: { ...props, ...s } }));
}

/** " – Seite 2 von 5" for the titles of split lists (unique page titles); nothing when the list fits one page. */
export const seitenTitel = (seite: Seitenangabe): string => (seite.gesamt > 1 ? ` – Seite ${seite.nummer} von ${seite.gesamt}` : '');
