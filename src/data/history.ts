/**
 * Change history of the content files from git: when each file was last
 * committed and by which commits. One git call for the whole content folder.
 * Outside a git checkout the history is unavailable; in a shallow clone it is
 * incomplete, and says so.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

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

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

export function readHistory(contentDir: string): ContentHistory {
  const empty: ContentHistory = { verfuegbar: false, unvollstaendig: false, dateien: new Map() };
  const root = git(contentDir, ['rev-parse', '--show-toplevel'])?.trim();
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

/** "Stand" of a file: the date (YYYY-MM-DD) of its newest committed change, if any. */
export const standVon = (aenderungen: readonly Change[]): string | undefined => aenderungen[0]?.datum.slice(0, 10);
