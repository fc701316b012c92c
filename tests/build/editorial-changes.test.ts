/**
 * Correct edits never turn the check red: ordinary editorial changes, applied to a copy of the real
 * content the way an editor would make them, validate, build and pass every check of the built site.
 * The edits pick their targets from whatever the content holds, so they work for any correct content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite, type SiteFinding } from '../../src/build/site-checks.ts';
import { heute } from '../../src/schemas/fields.ts';
import { grayMatter } from '../../src/validation/read-source.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'redaktion-'));
const content = path.join(root, 'content');
const dist = path.join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Data = Record<string, any>;
const file = (rel: string) => path.join(content, rel);
const idsOf = (collection: string) => readdirSync(file(collection)).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();

function read(rel: string): { data: Data; body: string } {
  const parsed = grayMatter(readFileSync(file(rel), 'utf8'));
  return { data: parsed.data as Data, body: parsed.content };
}
function write(rel: string, data: Data, body: string): void {
  writeFileSync(file(rel), `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${body}`);
}
function edit(rel: string, change: (data: Data, body: string) => string | void): void {
  const { data, body } = read(rel);
  write(rel, data, change(data, body) ?? body);
}
function neu(...args: string[]): string {
  const r = spawnSync(process.execPath, ['scripts/neu.ts', ...args], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return /Angelegt: .*?([a-z]+\/[a-z0-9-]+\.md)/.exec(r.stdout)![1]!;
}
/** Fills the empty fields a new file from `npm run neu` leaves, as its comments ask. */
function fill(rel: string, values: Record<string, string>): void {
  let text = readFileSync(file(rel), 'utf8');
  for (const [key, value] of Object.entries(values)) text = text.replace(new RegExp(`^(\\s*)${key}:\\s*$`, 'm'), `$1${key}: ${value}`);
  writeFileSync(file(rel), text);
}

let build: { code: number | null; out: string };
let findings: SiteFinding[];
let renamed: { from: string; to: string };
let quelle: string;

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  const today = heute();

  // A new source, made with `npm run neu` and filled in.
  quelle = neu('quelle', 'Pressemitteilung der Redaktion zum Test').replace(/^quellen\/|\.md$/g, '');
  fill(`quellen/${quelle}.md`, { art: 'pressemitteilung', herausgeber: 'Testredaktion', datum: today, url: 'https://redaktion.test.invalid/pressemitteilung' });

  // A new project, made with `npm run neu` and filled in.
  const projekt = neu('projekt', 'Redaktionstest neues Vorhaben', '--quelle', quelle);
  fill(projekt, { beschreibung: 'Ein Projekt, das der Test der Redaktionsabläufe anlegt.' });

  const [first, second] = idsOf('projekte');
  // A further funding entry on the first project.
  edit(`projekte/${first}.md`, (d) => {
    d.foerderung = [...(d.foerderung ?? []), { programm: 'Weiteres Förderprogramm', geber: 'keine Angabe', betrag: 120000, hinweis: 'Dritte Angabe zur Förderung.', quellen: [quelle] }];
  });
  // A status change with today's date.
  edit(`projekte/${second}.md`, (d) => {
    d.status = { wert: d.status.wert === 'abgeschlossen' ? 'in-umsetzung' : 'abgeschlossen', stand: today, quellen: [quelle] };
  });

  // A rename: the old id becomes an alias, references elsewhere follow, and the text cites the new source.
  renamed = { from: first!, to: `${first}-umbenannt` };
  const { data, body } = read(`projekte/${renamed.from}.md`);
  rmSync(file(`projekte/${renamed.from}.md`));
  write(`projekte/${renamed.to}.md`, { ...data, alias: [...(data.alias ?? []), renamed.from] }, `${body}\n\nDie Redaktion ergänzt einen Beleg ([Pressemitteilung](quelle:${quelle})).\n`);
  for (const collection of ['projekte', 'chronik', 'ziele', 'kommunen', 'themenfelder']) {
    for (const id of idsOf(collection)) {
      const rel = `${collection}/${id}.md`;
      if (rel === `projekte/${renamed.to}.md`) continue;
      const text = readFileSync(file(rel), 'utf8');
      const end = text.indexOf('\n---', 3);
      const frontmatter = text.slice(0, end).replace(new RegExp(`(?<=[\\[\\s,])${renamed.from}(?=[\\],\\s]|$)`, 'gm'), renamed.to);
      writeFileSync(file(rel), frontmatter + text.slice(end));
    }
  }

  // A new council decision of the first Kommune.
  edit(`kommunen/${idsOf('kommunen')[0]}.md`, (d) => {
    d.beschluesse = [...(d.beschluesse ?? []), { gegenstand: 'Bericht zum Stand der Strategie', gremium: 'Rat', datum: today, vorlage: 'keine Angabe', ergebnis: 'zur-kenntnis', quellen: [quelle] }];
  });

  const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], { env: { ...process.env, GITHUB_ACTIONS: '', CONTENT_DIR: content }, encoding: 'utf8', timeout: 300_000 });
  build = { code: r.status, out: r.stdout + r.stderr };
  findings = build.code === 0 ? (await checkBuiltSite(dist)).findings : [];
}, 400_000);

describe('ordinary editorial changes to the real content', () => {
  it('validate without errors', () => {
    const problems = validateContent({ contentDir: content, cwd: root }).problems.filter((p) => p.severity === 'fehler');
    expect(problems).toEqual([]);
  });

  it('build', () => {
    expect(build.code, build.out).toBe(0);
  });

  it('pass every check of the built site', () => {
    expect(build.code, build.out).toBe(0);
    expect(findings.map((f) => `${f.page}: ${f.message}`)).toEqual([]);
  });

  it('keep the renamed project\'s published address as a redirect, and show the new source, project and decision', () => {
    expect(readFileSync(path.join(dist, `projekte/${renamed.from}/index.html`), 'utf8')).toMatch(new RegExp(`http-equiv="refresh" content="0; url=/projekte/${renamed.to}/"`));
    expect(readFileSync(path.join(dist, `projekte/${renamed.to}/index.html`), 'utf8')).toContain(`/quellen/${quelle}/`);
    expect(existsSync(path.join(dist, 'projekte/redaktionstest-neues-vorhaben/index.html'))).toBe(true);
    expect(readFileSync(path.join(dist, `kommunen/${idsOf('kommunen')[0]}/index.html`), 'utf8')).toContain('Bericht zum Stand der Strategie');
  });
});
