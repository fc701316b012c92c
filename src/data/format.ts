/** German display of dates, amounts and unknown values. */
import { KEINE_ANGABE } from '../schemas/fields.ts';

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

export const istUnbekannt = (value: unknown): boolean => value === undefined || value === KEINE_ANGABE;

/** "2021-06-29" → "29. Juni 2021", "2021-06" → "Juni 2021", "2021" → "2021". */
export function formatDatum(value: string | undefined): string {
  if (value === undefined || value === KEINE_ANGABE) return KEINE_ANGABE;
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const name = MONATE[Number(month) - 1];
  return day ? `${Number(day)}. ${name} ${year}` : `${name} ${year}`;
}

/** Sortable key for partial dates: "2021" sorts before "2021-01". */
export const datumSortKey = (value: string): string => (value === KEINE_ANGABE ? '9999' : value);

const EURO = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function formatEuro(value: number | string | undefined): string {
  return typeof value === 'number' ? EURO.format(value) : KEINE_ANGABE;
}

/** A number, or "keine Angabe". */
export function formatZahl(value: number | string | undefined): string {
  return typeof value === 'number' ? new Intl.NumberFormat('de-DE').format(value) : KEINE_ANGABE;
}

const ZAHL = new Intl.NumberFormat('de-DE');

/** "1 Projekt", "1.234 Projekte". */
export const anzahl = (n: number, einzahl: string, mehrzahl: string): string => `${ZAHL.format(n)} ${n === 1 ? einzahl : mehrzahl}`;
