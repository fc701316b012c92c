/**
 * npm run validate [-- file …]: checks the content folder and prints every
 * problem with file, line and column. Exit code 1 on any error.
 */
import v8 from 'node:v8';
import { contentDir } from '../src/config/content-dir.ts';
import { printProblems, summary } from '../src/validation/report.ts';
import { validateContentParallel } from '../src/validation/validate-content.ts';

// Reading thousands of files makes short-lived garbage: a larger young generation halves the time
// spent in the garbage collector (measured with 10,000 projects: about 2.0 s → 1.6 s).
v8.setFlagsFromString('--max-semi-space-size=64');

async function main(): Promise<number> {
  const started = performance.now();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const result = await validateContentParallel({ contentDir: contentDir(), ...(only.length ? { only } : {}) });
  printProblems(result.problems);
  const checked = only.length ? only.length : result.files.length;
  const ms = Math.round(performance.now() - started);
  const line = `${summary(result.problems, checked)} (${ms} ms)`;
  const failed = result.problems.some((p) => p.severity === 'fehler');
  (failed ? console.error : console.log)(line);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`Die Prüfung der Inhalte ist unerwartet abgebrochen: ${(error as Error).message}`);
    console.error('Bitte melden Sie diesen Fehler dem Entwicklungsteam.');
    process.exitCode = 1;
  },
);
