/**
 * npm run check-site [-- --outDir dist] [--base REF]: the checks over every page of a built site
 * (valid HTML, links, Content-Security-Policy, nothing from other hosts), in German, with each
 * finding placed on the content file the page comes from. With --base (a git ref, in a pull
 * request the target branch) it also writes which pages the change adds, changes and removes
 * to the GitHub job summary ($GITHUB_STEP_SUMMARY) or to the terminal.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { pageChanges, pageChangesMarkdown } from '../src/build/page-changes.ts';
import { CHECK_NAMES, checkBuiltSite } from '../src/build/site-checks.ts';
import { contentDir } from '../src/config/content-dir.ts';
import { printProblems } from '../src/validation/report.ts';
import { sourceOfFinding } from '../src/build/finding-source.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const outDir = path.resolve(option('--outDir') ?? 'dist');
const base = option('--base');

async function main(): Promise<number> {
  const started = performance.now();
  const { pages, findings } = await checkBuiltSite(outDir);
  const problems = findings.map((f) => sourceOfFinding(f, contentDir()));
  printProblems(problems);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = [`Gebaute Website geprüft: ${pages} Seiten in ${seconds} s.`];
  for (const [check, name] of Object.entries(CHECK_NAMES)) {
    const n = findings.filter((f) => f.check === check).length;
    lines.push(`- ${name}: ${n === 0 ? 'in Ordnung' : `${n} Befund${n === 1 ? '' : 'e'}`}`);
  }
  console.log(lines.join('\n'));

  let summary = `## Prüfung der gebauten Website\n\n${lines.join('\n')}\n`;
  if (base) summary += `\n${pageChangesMarkdown(pageChanges(base, contentDir(), outDir))}`;
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
  else if (base) console.log(`\n${pageChangesMarkdown(pageChanges(base, contentDir(), outDir))}`);
  return findings.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`Die Prüfung der gebauten Website ist abgebrochen: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
