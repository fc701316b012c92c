/**
 * Fassungen: what a page said on a date. The page as first published and the page right after each
 * change note (`aenderungen`) are frozen versions with a permanent address below the page
 * (/projekte/x/fassung/2024-03-01/), read from the entry's file in git history at build time.
 * A schema change must keep them readable: the build validates every historic file behind a Fassung.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { git, repoRoot } from './git.ts';
import { ERSTVEROEFFENTLICHUNG } from './history.ts';
import { readMarkdown } from '../validation/read-source.ts';
import { collections, type CollectionName } from '../schemas/index.ts';

/** Collections whose pages have Fassungen. */
export const MIT_FASSUNGEN = ['projekte', 'kommunen', 'themenfelder'] as const;
export type FassungsSammlung = (typeof MIT_FASSUNGEN)[number];

export interface Fassung {
  sammlung: FassungsSammlung;
  id: string;
  /** Last path segment of its address: the date, with "-2", "-3" … for further versions of a day. */
  slug: string;
  /** YYYY-MM-DD. */
  datum: string;
  /** The change note that made it, or "Erstveröffentlichung". */
  notiz: string;
  /** The file as it was (repository path at that commit), for messages. */
  quelle: string;
  /** The commit it was read from (never shown on a page). */
  commit: string;
  data: Record<string, unknown>;
  body: string;
}

export interface FassungsEintrag {
  sammlung: FassungsSammlung;
  id: string;
  /** Paths of the entry's file relative to the content folder: the current one and those of its former ids. */
  dateien: string[];
}

/** For each file below `prefix`: the commits that touched it, oldest first, with their order in history. */
function commitsJeDatei(root: string, prefix: string): Map<string, { commit: string; zeit: string; reihe: number }[]> {
  const out = new Map<string, { commit: string; zeit: string; reihe: number }[]>();
  const log = git(root, ['log', '--reverse', '--format=%x1e%H%x1f%cI', '--name-only', '--no-renames', '--', prefix || '.']) ?? '';
  log.split('\x1e').slice(1).forEach((record, reihe) => {
    const [head, ...namen] = record.split('\n');
    const [commit, zeit] = head!.split('\x1f') as [string, string];
    for (const name of namen) if (name.trim()) out.set(name, [...(out.get(name) ?? []), { commit, zeit, reihe }]);
  });
  return out;
}

/** The text of each "commit:path" (absent where the commit deleted the file), in one `git cat-file --batch`. */
function dateiVersionen(root: string, objekte: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (objekte.length === 0) return out;
  const r = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: `${objekte.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  const buf = r.stdout;
  let pos = 0;
  for (const objekt of objekte) {
    const nl = buf.indexOf(0x0a, pos);
    const kopf = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const groesse = /^\S+ blob (\d+)$/.exec(kopf);
    if (!groesse) continue; // "… missing"
    const n = Number(groesse[1]);
    out.set(objekt, buf.subarray(pos, pos + n).toString('utf8'));
    pos += n + 1;
  }
  return out;
}

export interface FassungsLesung {
  fassungen: Fassung[];
  /** Why no Fassungen could be read (no git, a shallow clone), if so. */
  hinweis?: string;
  /** Historic files that no longer parse or validate: they would break a published Fassung. */
  probleme: string[];
}

/**
 * Reads the Fassungen of the given entries from git history. `gueltig` checks a historic version
 * against today's schema and returns German problems (empty when it is valid).
 */
export function readFassungen(contentDir: string, eintraege: FassungsEintrag[], gueltig: (sammlung: FassungsSammlung, data: unknown) => string[]): FassungsLesung {
  const root = repoRoot(contentDir);
  if (!root) return { fassungen: [], probleme: [], hinweis: 'keine Versionsgeschichte (kein Git-Repository)' };
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') {
    return { fassungen: [], probleme: [], hinweis: 'gekürzte Versionsgeschichte (flacher Klon): Fassungen brauchen die ganze Geschichte, z. B. „git fetch --unshallow“ oder im Workflow „fetch-depth: 0“' };
  }
  const prefix = path.relative(root, path.resolve(contentDir)).split(path.sep).join('/');
  // Two git calls for the whole folder: which commits touched which file, then every version's text.
  const beruehrt = commitsJeDatei(root, prefix);
  const eintragsVersionen = eintraege.map((e) => {
    const pfade = e.dateien.map((d) => (prefix ? `${prefix}/${d}` : d));
    const versionen = pfade.flatMap((p) => (beruehrt.get(p) ?? []).map((c) => ({ ...c, p }))).sort((a, b) => a.reihe - b.reihe);
    return { e, versionen };
  });
  const texte = dateiVersionen(root, eintragsVersionen.flatMap(({ versionen }) => versionen.map((v) => `${v.commit}:${v.p}`)));
  const fassungen: Fassung[] = [];
  const probleme: string[] = [];
  for (const { e, versionen } of eintragsVersionen) {
    const gesehen = new Set<string>();
    const tage = new Map<string, number>();
    let erste = true;
    for (const { commit, zeit, p } of versionen) {
      const text = texte.get(`${commit}:${p}`);
      if (text === undefined) continue; // the commit deleted the file
      const version = { p, text };
      const read = readMarkdown(version.p, new TextEncoder().encode(version.text));
      if (!read.ok) {
        probleme.push(`${version.p} (Stand ${zeit.slice(0, 10)}): ${read.problems[0]?.message ?? 'nicht lesbar'}`);
        continue;
      }
      const notizen = (Array.isArray(read.source.data.aenderungen) ? read.source.data.aenderungen : []) as { datum: unknown; notiz: unknown }[];
      const neu = notizen.filter((n) => !gesehen.has(`${n.datum}|${n.notiz}`));
      notizen.forEach((n) => gesehen.add(`${n.datum}|${n.notiz}`));
      // A version is frozen when it is the first one or brings a new change note (the newest note names it).
      if (!erste && neu.length === 0) continue;
      const datum = erste ? zeit.slice(0, 10) : String(neu[0]!.datum);
      const n = (tage.get(datum) ?? 0) + 1;
      tage.set(datum, n);
      const fehler = gueltig(e.sammlung, read.source.data);
      if (fehler.length) probleme.push(`${version.p} (Stand ${datum}): ${fehler.join('; ')}`);
      fassungen.push({
        sammlung: e.sammlung,
        id: e.id,
        slug: n === 1 ? datum : `${datum}-${n}`,
        datum,
        notiz: erste ? ERSTVEROEFFENTLICHUNG : String(neu[0]!.notiz),
        quelle: version.p,
        commit,
        data: read.source.data,
        body: read.source.body,
      });
      erste = false;
    }
  }
  return { fassungen, probleme };
}

/** The entries with Fassungen among validated content files, with the files of their former ids. */
export function fassungsEintraege(entries: readonly { collection: string; id: string; absPath: string; data: Record<string, unknown> }[]): FassungsEintrag[] {
  return entries
    .filter((e): e is typeof e & { collection: FassungsSammlung } => (MIT_FASSUNGEN as readonly string[]).includes(e.collection))
    .map((e) => ({ sammlung: e.collection, id: e.id, dateien: entryFiles(e.collection, { file: `${collections[e.collection].path}/${path.basename(e.absPath)}`, data: e.data }) }));
}

/** The file of an entry and the files of its former ids (alias), relative to the content folder: its whole history. */
export function entryFiles(sammlung: CollectionName, e: { file: string; data: unknown }): string[] {
  const ordner = collections[sammlung].path;
  const alias = ((e.data as { alias?: string[] }).alias ?? []).flatMap((a) => [`${ordner}/${a}.md`, `${ordner}/${a}.mdx`]);
  return [e.file, ...alias];
}

/** What makes a historic version invalid under today's schema, as short German messages. */
export function historischeProbleme(sammlung: FassungsSammlung, data: unknown): string[] {
  const parsed = collections[sammlung].schema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `Feld „${i.path.join('.') || '(Frontmatter)'}“: ${i.message}`);
}
