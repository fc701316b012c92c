/**
 * npm run validate [-- file …]: checks the content folder and prints every
 * problem with file, line and column. Exit code 1 on any error.
 */
import module from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';

// Start-up is part of every check an editor runs: keep compiled modules between runs (about 0.1 s of 0.3 s).
module.enableCompileCache(path.resolve('node_modules/.cache/node-compile'));
// Reading thousands of files makes short-lived garbage: a larger young generation halves the time
// spent in the garbage collector (measured with 10,000 projects: about 2.0 s → 1.6 s).
v8.setFlagsFromString('--max-semi-space-size=64');

const { contentDir } = await import('../src/config/content-dir.ts');
const { printProblems, summary } = await import('../src/validation/report.ts');
const { validateContentParallel } = await import('../src/validation/validate-content.ts');

async function main(): Promise<number> {
  const started = performance.now();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const vergleichMit = process.env.VERGLEICH_MIT || undefined;
  const result = await validateContentParallel({ contentDir: contentDir(), vergleichMit, ...(only.length ? { only } : {}) });
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
