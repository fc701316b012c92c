/** Pages every public body's site must carry, by page id, with the law that requires them. */
export const PFLICHTSEITEN: Record<string, string> = {
  impressum: 'Impressum (§ 5 DDG)',
  datenschutz: 'Datenschutzerklärung (Art. 13 DSGVO)',
  barrierefreiheit: 'Erklärung zur Barrierefreiheit (BITV NRW)',
};

/** True while the page's text still holds a placeholder for facts only the publisher can give. */
export const pflichtangabenOffen = (text: string): boolean => text.includes('keine Angabe');

/** A legal page's rendered body without the paragraphs and list items that only hold a placeholder. */
export function ohnePlatzhalter(html: string): string {
  return html.replace(/<(p|li)>(?:(?!<\/\1>)[\s\S])*?keine Angabe[\s\S]*?<\/\1>\s*/g, '');
}
