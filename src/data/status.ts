/**
 * How a status is shown: colour, icon and text together (never colour alone), always with the
 * date it is documented for. A status whose latest evidence is older than the set age
 * (einstellungen: status_hoechstalter_monate) is shown as "zuletzt belegt: Juli 2021", not as current.
 */
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { projektStatus } from '../schemas/vocab.ts';
import { datumSortKey, formatDatum } from './format.ts';
import { heuteMonat } from './heute.ts';
import type { Quelle, SiteContent } from './model.ts';
import { einmalJeSite, indexVon } from './lookup.ts';

export type ProjektStatusWert = (typeof projektStatus.values)[number];
export type Ton = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

/** Colour (KERN badge variant) and icon of each status. */
const DARSTELLUNG: Record<Exclude<ProjektStatusWert, 'keine-angabe'>, { ton: Ton; icon: string }> = {
  vorgeschlagen: { ton: 'info', icon: 'draft' },
  geplant: { ton: 'info', icon: 'calendar-today' },
  beantragt: { ton: 'info', icon: 'draft' },
  beschlossen: { ton: 'info', icon: 'check' },
  bewilligt: { ton: 'success', icon: 'check' },
  'in-umsetzung': { ton: 'success', icon: 'autorenew' },
  abgeschlossen: { ton: 'success', icon: 'success' },
  'nicht-bewilligt': { ton: 'danger', icon: 'close' },
  eingestellt: { ton: 'warning', icon: 'close' },
};

export interface StatusAnzeige {
  wert: ProjektStatusWert;
  label: string;
  ton: Ton;
  icon: string;
  /** ISO date (or month/year) of the latest evidence; undefined when not documented. */
  datum: string | undefined;
  /** "Juli 2021", or undefined. */
  datumText: string | undefined;
  /** Older than the set age, or without a date: not shown as current. */
  veraltet: boolean;
  /** The whole statement in words: "In Umsetzung, Stand: Juli 2021" / "In Umsetzung, zuletzt belegt: Juli 2021". */
  text: string;
}

/** Months from a (partial) date to "today" (YYYY-MM); a bare year counts from its December. */
export function monateSeit(datum: string, heute: string): number {
  const [j, m] = datum.split('-');
  const [hj, hm] = heute.split('-');
  return (Number(hj) * 12 + Number(hm)) - (Number(j) * 12 + (m ? Number(m) : 12));
}

export function statusAnzeige(wert: ProjektStatusWert, datum: string | undefined, hoechstalter: number, heute = heuteMonat()): StatusAnzeige | undefined {
  if (wert === 'keine-angabe') return undefined;
  const bekannt = datum !== undefined && datum !== KEINE_ANGABE ? datum : undefined;
  const veraltet = bekannt === undefined || monateSeit(bekannt, heute) > hoechstalter;
  const label = projektStatus.label(wert);
  const datumText = bekannt ? formatDatum(bekannt) : undefined;
  const { ton, icon } = DARSTELLUNG[wert];
  const text = !bekannt ? `${label}, Datum nicht belegt` : veraltet ? `${label}, zuletzt belegt: ${datumText}` : `${label}, Stand: ${datumText}`;
  return { wert, label, ton: veraltet ? 'neutral' : ton, icon: veraltet ? 'calendar-today' : icon, datum: bekannt, datumText, veraltet, text };
}

/** The newest date among these sources: the evidence date of a Kommune's part in a project. */
export function juengsteQuelle(site: SiteContent, ids: readonly string[]): string | undefined {
  const daten = ids.map((id) => indexVon(site).quelle.get(id)).filter((q): q is Quelle => q !== undefined).map((q) => q.data.datum).filter((d): d is string => typeof d === 'string' && d !== KEINE_ANGABE);
  return daten.sort((a, b) => datumSortKey(b).localeCompare(datumSortKey(a)))[0];
}

export const hoechstalter = (site: SiteContent): number => site.einstellungen.status_hoechstalter_monate ?? 12;

/** A project's status as shown everywhere (undefined when the status is not documented). */
export function projektStatusAnzeige(site: SiteContent, projekt: { id: string; data: { status: { wert: ProjektStatusWert; stand: string } } }): StatusAnzeige | undefined {
  return einmalJeSite(site, () => statusAnzeige(projekt.data.status.wert, projekt.data.status.stand, hoechstalter(site)), `status:${projekt.id}`);
}
