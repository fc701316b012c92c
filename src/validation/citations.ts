/**
 * Citations in Markdown text: editors cite a source as a link with the
 * address "quelle:<kennung>", e.g. "[Vorlage FBZD/0560/2021](quelle:billerbeck-fbzd-0560-2021)".
 */
export const CITATION = /\]\(quelle:([^)\s]*)\)/g;

export interface Citation {
  id: string;
  /** 1-based line within the text. */
  line: number;
  column: number;
}

export function citationsIn(markdown: string): Citation[] {
  const out: Citation[] = [];
  if (!markdown.includes('](quelle:')) return out;
  let line = 1;
  let lineStart = 0;
  for (const m of markdown.matchAll(CITATION)) {
    for (let i = markdown.indexOf('\n', lineStart); i >= 0 && i < m.index; i = markdown.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    out.push({ id: m[1]!, line, column: m.index - lineStart + 3 });
  }
  return out;
}
