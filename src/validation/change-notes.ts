/**
 * A pull request that changes a project's status or funding should say so in a change note
 * (`aenderungen`): readers see what changed and the page's Stand moves. Compares each changed
 * project file with its version at the pull request's base; a warning, since the edit itself is valid.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { git, repoRoot } from '../data/git.ts';
import { problem, type Problem } from './problem.ts';
import { readMarkdown } from './read-source.ts';
import { locate } from './yaml-locate.ts';

/** Fields whose change readers must be told about. */
const MELDEPFLICHTIG = { status: 'Status', foerderung: 'Förderung' } as const;

export function missingChangeNotes(contentDir: string, base: string, cwd: string): Problem[] {
  const root = repoRoot(contentDir);
  if (!root) return [];
  const changed = git(root, ['diff', '--name-only', '--diff-filter=M', base, '--', path.join(path.resolve(contentDir), 'projekte')]);
  if (!changed) return [];
  const out: Problem[] = [];
  for (const rel of changed.split('\n').filter((f) => f.endsWith('.md'))) {
    const abs = path.join(root, rel);
    const before = git(root, ['show', `${base}:${rel}`]);
    if (before === undefined) continue;
    const shown = path.relative(cwd, abs) || abs;
    const now = readMarkdown(shown, readFileSync(abs));
    const then = readMarkdown(shown, new TextEncoder().encode(before));
    if (!now.ok || !then.ok) continue;
    const notes = (d: Record<string, unknown>) => JSON.stringify(d.aenderungen ?? []);
    if (notes(now.source.data) !== notes(then.source.data)) continue;
    for (const [key, label] of Object.entries(MELDEPFLICHTIG)) {
      if (JSON.stringify(now.source.data[key] ?? null) === JSON.stringify(then.source.data[key] ?? null)) continue;
      const pos = locate(now.source.yamlText, [key]);
      out.push(
        problem(shown, now.source.yamlStartLine + pos.line - 1, pos.column, `Die Angaben zu „${label}“ haben sich geändert, aber es gibt keine neue Änderungsnotiz.`,
          'Ergänzen Sie oben unter „aenderungen“ einen Eintrag mit dem heutigen Datum und einem Satz, was sich geändert hat. Sonst sehen Leserinnen und Leser die Änderung nicht, und der Stand der Seite bleibt alt.', 'warnung'),
      );
    }
  }
  return out;
}
