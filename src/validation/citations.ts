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
  markdown.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(CITATION)) out.push({ id: m[1]!, line: i + 1, column: m.index! + 3 });
  });
  return out;
}
