/** Git as the content's history: one helper for every read of it (history, Fassungen, pull-request checks). */
import { spawnSync } from 'node:child_process';

/** A git command's output, or undefined when it fails (no repository, unknown ref …). */
export function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** The top folder of the repository that holds `cwd`, or undefined outside git. */
export const repoRoot = (cwd: string): string | undefined => git(cwd, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
