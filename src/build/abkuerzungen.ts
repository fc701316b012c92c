/**
 * Abbreviations written out on first use: in the main content of every built page, the first occurrence
 * of each abbreviation of the glossary (einstellungen.yaml: abkuerzungen) becomes <abbr title="…">.
 * Runs over the built HTML, so it covers titles, fields and Markdown bodies alike.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OHNE = new Set(['script', 'style', 'abbr', 'code', 'pre', 'title', 'textarea', 'option', 'button', 'summary']);
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const muster = (kurz: string) => new RegExp(`(?<![\\p{L}\\p{N}])${kurz.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** The page with the first use of each abbreviation inside <main> marked up; the rest unchanged. */
export function abkuerzungenAuszeichnen(html: string, glossar: Record<string, string>): string {
  const start = html.indexOf('<main');
  const ende = html.lastIndexOf('</main>');
  if (start < 0 || ende < 0 || Object.keys(glossar).length === 0) return html;
  const offen = new Map(Object.entries(glossar).map(([kurz, lang]) => [kurz, muster(kurz)] as const));
  const titel = new Map(Object.entries(glossar));
  const teile = html.slice(start, ende).split(/(<[^>]*>)/);
  const stapel: string[] = [];
  for (let i = 0; i < teile.length && offen.size > 0; i++) {
    const teil = teile[i]!;
    if (teil.startsWith('<')) {
      const m = /^<(\/?)([a-zA-Z0-9]+)/.exec(teil);
      if (m && OHNE.has(m[2]!.toLowerCase()) && !teil.endsWith('/>')) {
        if (m[1]) stapel.pop();
        else stapel.push(m[2]!);
      }
      continue;
    }
    if (stapel.length > 0 || teil.trim() === '') continue;
    let text = teil;
    for (const [kurz, re] of offen) {
      const treffer = re.exec(text);
      if (!treffer) continue;
      text = `${text.slice(0, treffer.index)}<abbr title="${attr(titel.get(kurz)!)}">${kurz}</abbr>${text.slice(treffer.index + kurz.length)}`;
      offen.delete(kurz);
    }
    teile[i] = text;
  }
  return html.slice(0, start) + teile.join('') + html.slice(ende);
}

/** Marks up every HTML page below `dist` (not the search index); returns how many pages changed. */
export function abkuerzungenImBuild(dist: string, glossar: Record<string, string>): number {
  let geaendert = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) { if (name !== 'pagefind') walk(full); }
      else if (name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        const neu = abkuerzungenAuszeichnen(html, glossar);
        if (neu !== html) { writeFileSync(full, neu); geaendert++; }
      }
    }
  };
  walk(dist);
  return geaendert;
}
