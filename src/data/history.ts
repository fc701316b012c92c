/**
 * History of the content files from git (one git call for the whole content folder), and the public
 * change list of a page built from it and the editors' change notes. Commit messages are for
 * developers and never reach a public page; git only dates a page's first publication.
 * Outside a git checkout the history is unavailable; in a shallow clone it is
 * incomplete, and says so.
 */
import path from 'node:path';
import { git, repoRoot } from './git.ts';

export interface Change {
  /** Commit date, ISO 8601 with offset. */
  datum: string;
  hash: string;
  nachricht: string;
}

export interface ContentHistory {
  /** False outside a git checkout (e.g. a generated corpus). */
  verfuegbar: boolean;
  /** True in a shallow clone: older changes are missing. */
  unvollstaendig: boolean;
  /** Changes per file, newest first; keys are paths relative to the content folder ("projekte/x.md"). */
  dateien: Map<string, Change[]>;
}

export function readHistory(contentDir: string): ContentHistory {
  const empty: ContentHistory = { verfuegbar: false, unvollstaendig: false, dateien: new Map() };
  const root = repoRoot(contentDir);
  if (!root) return empty;
  const log = git(contentDir, ['log', '--format=%x1e%H%x1f%cI%x1f%s', '--name-only', '--no-renames', '--', '.']);
  if (log === undefined) return empty;
  const prefix = path.relative(root, contentDir);
  const dateien = new Map<string, Change[]>();
  for (const record of log.split('\x1e').slice(1)) {
    const [head, ...names] = record.split('\n');
    const [hash, datum, nachricht] = head!.split('\x1f') as [string, string, string];
    for (const name of names) {
      if (!name.trim()) continue;
      const rel = path.relative(prefix, name);
      if (rel.startsWith('..')) continue;
      const list = dateien.get(rel) ?? [];
      list.push({ hash, datum, nachricht });
      dateien.set(rel, list);
    }
  }
  const unvollstaendig = git(contentDir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  return { verfuegbar: true, unvollstaendig, dateien };
}

/** A change as public pages show it: the editor's note, or the first publication. Never a commit message. */
export interface Aenderungsnotiz {
  /** YYYY-MM-DD. */
  datum: string;
  notiz: string;
  /** The page as first published (dated by the first commit of its file). */
  erstveroeffentlichung?: true;
  /** Address of the Fassung this change made, where there is one. */
  fassung?: string;
}

export const ERSTVEROEFFENTLICHUNG = 'Erstveröffentlichung';

/**
 * The public change list of an entry, newest first: its change notes, then its first publication,
 * dated by the oldest commit of its file or of a file it was renamed from (its former ids). In a
 * shallow clone or outside git the first publication is unknown and left out.
 */
export function seitenAenderungen(
  notizen: readonly { datum: string; notiz: string }[] | undefined,
  dateien: readonly string[],
  history: ContentHistory,
): Aenderungsnotiz[] {
  const out: Aenderungsnotiz[] = (notizen ?? []).map((n) => ({ datum: n.datum, notiz: n.notiz }));
  if (history.verfuegbar && !history.unvollstaendig) {
    const erste = dateien.flatMap((f) => history.dateien.get(f) ?? []).map((c) => c.datum.slice(0, 10)).sort()[0];
    if (erste) out.push({ datum: erste, notiz: ERSTVEROEFFENTLICHUNG, erstveroeffentlichung: true });
  }
  return out;
}

/** "Stand" of a page: the date (YYYY-MM-DD) of its newest change note, else of its first publication. */
export const standVon = (aenderungen: readonly Aenderungsnotiz[]): string | undefined => aenderungen[0]?.datum;
