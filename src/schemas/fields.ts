/**
 * Building blocks shared by every collection schema: ids, references, dates and
 * the "keine Angabe" (unknown) value. Each field carries its German label and
 * help text as zod metadata; the validator, the editor guide and the JSON Schema
 * export all read them from here.
 */
import { z } from 'zod';

/** The value editors write when a fact is not known from the sources. */
export const KEINE_ANGABE = 'keine Angabe';

export interface FieldMeta {
  /** German label shown to editors and visitors. */
  title: string;
  /** German help text: what belongs in the field. */
  description: string;
  /** Name of the collection this field refers to (reference fields only). */
  ref?: string;
  examples?: unknown[];
}

/** Attach label and help text to a schema (one place per field). */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta as unknown as Record<string, unknown>) as T;
}

/** A value that may also be "keine Angabe". */
export function oderUnbekannt<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(KEINE_ANGABE), schema]);
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_RULE =
  'nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (ä→ae, ö→oe, ü→ue, ß→ss)';

/** A reference to an entry (by id = file name) of another collection. */
export function ref(collection: string, title: string, description: string) {
  return field(z.string().regex(ID_PATTERN, { message: `Kennung: ${ID_RULE}` }), {
    title,
    description,
    ref: collection,
  });
}

/** A list of references, at least `min` entries, without duplicates. */
export function refs(collection: string, title: string, description: string, min = 0) {
  return field(
    z
      .array(z.string().regex(ID_PATTERN, { message: `Kennung: ${ID_RULE}` }))
      .min(min, { message: `mindestens ${min} Eintrag/Einträge nötig` })
      .refine((list) => new Set(list).size === list.length, {
        message: 'Derselbe Eintrag steht mehrfach in der Liste',
      }),
    { title, description, ref: collection },
  );
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day/month. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_SHAPE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return year >= 1000;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * An ISO date kept as a string, with reduced precision allowed because the
 * sources often give only a month or a year: "2021", "2021-06", "2021-06-29".
 * YAML readers turn unquoted dates into Date objects (Astro does) and years
 * into numbers; both are turned back into the string. Impossible dates are
 * rejected by the validator, which reads dates as text before any Date exists.
 */
const toDateText = (value: unknown) => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
};

const calendarDate = z.string().refine(isCalendarDate, {
  message: 'Kein gültiges Datum: erwartet JJJJ-MM-TT (z. B. 2021-06-29), JJJJ-MM oder JJJJ, und einen Tag, den es im Kalender gibt',
});

export const isoDatum = z.preprocess(toDateText, calendarDate);

/** Today as YYYY-MM-DD (UTC). */
export const heute = () => new Date().toISOString().slice(0, 10);

/** True when a date of any precision lies wholly after today ("2027" in 2026, "2026-12" in November 2026). */
export function liegtNachHeute(value: string, today = heute()): boolean {
  return value > today.slice(0, value.length);
}

/** A date of something that has happened (a status seen, a decision, a document): never after today. */
export const isoDatumBisHeute = z.preprocess(
  toDateText,
  calendarDate.refine((value) => !isCalendarDate(value) || !liegtNachHeute(value), {
    message: 'Das Datum liegt in der Zukunft; belegt sein kann nur, was schon geschehen ist',
  }),
);

/** Both date schemas, for tools that describe dates (JSON Schema). */
export const DATUMS_SCHEMAS: ReadonlySet<unknown> = new Set([isoDatum, isoDatumBisHeute]);

interface DatumOptionen {
  /** The date names something that has already happened: a date after today is a mistake. */
  bisHeute?: boolean;
}

export function datum(title: string, description: string, options: DatumOptionen = {}) {
  return field(options.bisHeute ? isoDatumBisHeute : isoDatum, { title, description, examples: ['2021-06-29', '2021-06', '2021'] });
}

export function datumOderUnbekannt(title: string, description: string, options: DatumOptionen = {}) {
  return field(oderUnbekannt(options.bisHeute ? isoDatumBisHeute : isoDatum), {
    title,
    description: `${description} JJJJ-MM-TT, JJJJ-MM, JJJJ oder „${KEINE_ANGABE}“.`,
    examples: ['2021-06-29', '2021-06', KEINE_ANGABE],
  });
}

/**
 * Whether period `ende` ends before period `beginn` starts, at the precision both share
 * ("2022-05" before "2023", but not "2023" before "2023-05").
 */
export function endetVorBeginn(beginn: string, ende: string): boolean {
  const n = Math.min(beginn.length, ende.length);
  return ende.slice(0, n) < beginn.slice(0, n);
}

/** Text that must be a real value: "keine Angabe" is no title or name (leave an optional field out instead). */
const echterText = z
  .string()
  .trim()
  .min(1, { message: 'darf nicht leer sein' })
  .refine((value) => value.toLowerCase() !== KEINE_ANGABE.toLowerCase(), {
    message: `„${KEINE_ANGABE}“ ist hier kein möglicher Wert: das Feld braucht einen echten Text (ein optionales Feld lassen Sie weg, wenn nichts bekannt ist)`,
  });

export function text(title: string, description: string) {
  return field(echterText, { title, description });
}

export function textOderUnbekannt(title: string, description: string) {
  return field(oderUnbekannt(z.string().trim().min(1, { message: 'darf nicht leer sein' })), {
    title,
    description: `${description} Unbekannt: „${KEINE_ANGABE}“.`,
  });
}

export const quellenRefs = (min = 1) =>
  refs(
    'quellen',
    'Quellen',
    'Kennungen der Quellen (Dateinamen in content/quellen ohne .md), die diese Angaben belegen.',
    min,
  );

/**
 * Change notes: one per substantive change, written by the editor in the same pull request, newest
 * first. They are what public pages show as "what changed", and the newest gives the page's Stand.
 */
export const aenderungsNotizen = () =>
  field(
    z
      .array(
        z.strictObject({
          datum: datum('Datum der Änderung', 'Tag, an dem die Änderung veröffentlicht wird (JJJJ-MM-TT).', { bisHeute: true }),
          notiz: text('Notiz', 'Was sich geändert hat, in einem Satz für Leserinnen und Leser (z. B. „Status aktualisiert: bewilligt laut Pressemitteilung vom 3. Mai 2024“).'),
        }),
      )
      .min(1, { message: 'mindestens 1 Eintrag nötig (oder das Feld weglassen)' })
      .superRefine((list, ctx) => {
        list.forEach((n, i) => {
          if (i > 0 && n.datum > list[i - 1]!.datum) {
            ctx.addIssue({ code: 'custom', path: [i, 'datum'], message: `Die neueste Änderung steht oben: ${n.datum} ist neuer als ${list[i - 1]!.datum} darüber` });
          }
        });
      }),
    {
      title: 'Änderungen',
      description: 'Je wesentlicher Änderung ein Eintrag mit Datum und Notiz, die neueste zuerst. Die Seite zeigt sie unter „Änderungen und Fassungen dieser Seite“; jede Notiz hält die Seite als Fassung mit eigener, dauerhafter Adresse fest, und das Datum der neuesten ist der „Stand“ der Seite. Tippfehler und Umformulierungen brauchen keinen Eintrag.',
    },
  ).optional();

/** Former ids of an entry: their URLs keep working as redirects to the entry. */
export const alias = () =>
  field(z.array(z.string().regex(ID_PATTERN, { message: `Kennung: ${ID_RULE}` })).min(1, { message: 'mindestens 1 Eintrag nötig' }), {
    title: 'Frühere Kennungen',
    description:
      'Frühere Dateinamen (ohne .md) dieses Eintrags nach Umbenennen oder Zusammenlegen. Ihre Adressen leiten auf diesen Eintrag weiter, damit veröffentlichte Links nicht brechen.',
  }).optional();
