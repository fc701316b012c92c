/** Prints problems for editors (terminal) and, on GitHub Actions, as annotations. */
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

/** Prints every problem for editors, and as annotations when running on GitHub Actions. */
export function printProblems(problems: Problem[]): void {
  for (const p of problems) {
    console.error(formatProblem(p));
    if (process.env.GITHUB_ACTIONS) console.log(githubAnnotation(p));
  }
}
