/** Prints problems for editors (terminal) and, on GitHub Actions, as annotations. */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { git, repoRoot } from '../data/git.ts';
import type { Problem } from './problem.ts';

export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}:${p.column}: ${p.severity === 'fehler' ? 'Fehler' : 'Warnung'}: ${p.message}`;
  return p.hint ? `${head}\n    → ${p.hint}` : head;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(p: Problem): string {
  const kind = p.severity === 'fehler' ? 'error' : 'warning';
  const text = p.hint ? `${p.message} ${p.hint}` : p.message;
  return `::${kind} file=${escapeProperty(p.file)},line=${p.line},col=${p.column}::${escapeData(text)}`;
}

export function summary(problems: Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'fehler').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `Inhalte geprüft: ${fileCount} Dateien, keine Fehler.`;
  const files = new Set(problems.map((p) => p.file)).size;
  return `Inhalte geprüft: ${fileCount} Dateien; ${errors} Fehler und ${warnings} Warnungen in ${files} Dateien.`;
}

/**
 * Files changed since a git ref (absolute paths), from VERGLEICH_MIT; undefined
 * when it is not set or git cannot tell.
 */
function changedSince(ref: string | undefined): Set<string> | undefined {
  if (!ref) return undefined;
  const diff = git('.', ['diff', '--name-only', ref]);
  const root = repoRoot('.');
  if (diff === undefined || !root) return undefined;
  return new Set(diff.split('\n').filter(Boolean).map((f) => path.resolve(root, f)));
}

/**
 * Prints every problem for editors, and as annotations when running on GitHub Actions. In a pull
 * request (VERGLEICH_MIT set to its base), warnings that stand already in files it
 * does not touch are not annotated again; they are listed once in the job summary.
 */
export function printProblems(problems: Problem[]): void {
  const changed = changedSince(process.env.VERGLEICH_MIT);
  const standing: Problem[] = [];
  for (const p of problems) {
    console.error(formatProblem(p));
    if (!process.env.GITHUB_ACTIONS) continue;
    if (p.severity === 'warnung' && changed && !changed.has(path.resolve(p.file))) standing.push(p);
    else console.log(githubAnnotation(p));
  }
  if (standing.length && process.env.GITHUB_STEP_SUMMARY) {
    const lines = standing.map((p) => `- \`${p.file}:${p.line}\`: ${p.message}`);
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, `## Bekannte offene Punkte\n\nDiese Warnungen bestehen schon vor diesem Pull Request:\n\n${lines.join('\n')}\n\n`);
  }
}
