/**
 * Places a finding of the built-site checks on the content file its page comes from, so that an editor
 * sees it on the line that caused it (a broken link: the line that writes the address).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_PAGE_FOLDERS, entryOfPage } from '../data/urls.ts';
import { collections } from '../schemas/index.ts';
import { problem, type Problem } from '../validation/problem.ts';
import type { SiteFinding } from './site-checks.ts';

export function sourceOfFinding(finding: SiteFinding, contentDir: string, cwd = process.cwd()): Problem {
  const entry = entryOfPage(finding.page);
  const file = entry && path.join(contentDir, collections[entry.collection].path, `${entry.id}.md`);
  if (!entry || !file || !existsSync(file) || !(entry.collection in ENTRY_PAGE_FOLDERS)) {
    return problem(`Website ${finding.page}`, finding.line ?? 1, 1, finding.message);
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = finding.target ? lines.findIndex((l) => l.includes(finding.target!) || l.includes(finding.target!.replace(/^\/|\/$/g, ''))) : -1;
  const line = index >= 0 ? index + 1 : 1;
  const column = index >= 0 ? Math.max(1, lines[index]!.indexOf(finding.target!) + 1) : 1;
  return problem(path.relative(cwd, file) || file, line, column, `Auf der Seite ${finding.page}: ${finding.message}`);
}
