/**
 * What content text may put on a page: the one allowlist of elements,
 * attributes and URL schemes. The Markdown pipeline of the build
 * (astro.config.mjs) sanitizes every rendered text with it, and the validator
 * (src/validation/body-safety.ts) sanitizes the same tree and names, with file
 * and line, everything the build would remove. Whatever this list does not
 * know never reaches a page, however it is spelled.
 */
import type { Schema } from 'hast-util-sanitize';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is removed. */
export const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel', 'quelle'] as const;

/**
 * An image address: a path on this site ("/bilder/x.png", "bild.png", "../x.png"), never a scheme,
 * never another host ("//host", "/\host", "\\host"), no spaces or control characters (browsers drop
 * tabs and newlines in addresses, so "/<tab>/host" would become "//host").
 */
export const SITE_IMAGE_SRC = /^(?![/\\]{2})[^\s\\:\u0000-\u001f\u007f]+$/;

/** Footnotes as GFM makes them, with German labels; only their own ids and link targets. */
export const FUSSNOTEN: Pick<RemarkRehypeOptions, 'footnoteLabel' | 'footnoteBackLabel' | 'clobberPrefix'> = {
  footnoteLabel: 'Fußnoten',
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    `Zurück zum Verweis ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
  clobberPrefix: 'fussnote-',
};
const FN_ID = /^fussnote-fn(ref)?-[\w-]+$/;

/** The elements and attributes plain Markdown (with GFM tables, task lists, footnotes) produces. */
export const INHALT_SCHEMA: Schema = {
  tagNames: [
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
    'a', 'img', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'section', 'input',
  ],
  attributes: {
    a: ['href', 'title', ['id', FN_ID], ['dataFootnoteRef', true, ''], ['dataFootnoteBackref', true, ''], ['ariaDescribedBy', 'footnote-label'], ['ariaLabel', /^Zurück zum Verweis [\d-]+$/], ['className', 'data-footnote-backref']],
    img: [['src', SITE_IMAGE_SRC], 'alt', 'title'],
    code: [['className', /^language-[\w+-]+$/]],
    ol: [['start', /^\d{1,6}$/], ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [['id', FN_ID], ['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], ['checked', true]],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
    h2: [['id', 'footnote-label'], ['className', 'sr-only']],
    section: [['dataFootnotes', true, ''], ['className', 'footnotes']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'], input: ['li'] },
  protocols: { href: [...LINK_SCHEMES], src: [] },
  // Ids are checked by value above; none is rewritten.
  clobber: [],
  // These lose their content too (a script's code must not turn into visible text).
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'object', 'svg', 'math', 'select'],
  allowComments: false,
  allowDoctypes: false,
};

/** The options of remark-rehype for content text: raw HTML kept for the sanitizer, German footnotes. */
export const REMARK_REHYPE: RemarkRehypeOptions = { allowDangerousHtml: true, ...FUSSNOTEN };
