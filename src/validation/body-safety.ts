/**
 * Markdown text is rendered as HTML as it is written, so it must not carry
 * code or load anything from other servers: no <script>, no embedding
 * elements, no event-handler attributes, no javascript: addresses, no images
 * from other hosts. Code blocks are text and are not checked.
 */
export interface BodyFinding {
  /** 1-based line within the text. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

interface Rule {
  pattern: RegExp;
  message: (match: RegExpExecArray) => string;
  hint: string;
}

const RULES: Rule[] = [
  {
    pattern: /<\s*script\b/gi,
    message: () => 'Skripte (<script>) sind im Text nicht erlaubt.',
    hint: 'Entfernen Sie das Element. Inhalte sind Text, kein Programmcode.',
  },
  {
    pattern: /<\s*(iframe|object|embed|frame|frameset|applet|base|meta|link|form|style|svg|math)\b/gi,
    message: (m) => `Das HTML-Element <${m[1]!.toLowerCase()}> ist im Text nicht erlaubt.`,
    hint: 'Schreiben Sie Markdown; eingebettete Inhalte anderer Anbieter und Formulare sind nicht erlaubt.',
  },
  {
    pattern: /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi,
    message: (m) => `Das Attribut „${m[1]}“ würde Programmcode ausführen und ist nicht erlaubt.`,
    hint: 'Entfernen Sie das Attribut.',
  },
  {
    pattern: /(?:\]\(\s*<?|(?:href|src|action|formaction|xlink:href)\s*=\s*["']?)\s*(javascript|vbscript|data)\s*:/gi,
    message: (m) => `Adressen mit „${m[1]!.toLowerCase()}:“ sind nicht erlaubt.`,
    hint: 'Verlinken Sie nur Adressen mit https://, relative Adressen der Website oder Quellen mit „quelle:“.',
  },
  {
    pattern: /(?:!\[[^\]]*\]\(\s*<?|<\s*img\b[^>]*?\s(?:src|srcset)\s*=\s*["']?)\s*(https?:)?\/\//gi,
    message: () => 'Bilder von anderen Servern sind nicht erlaubt: die Website lädt nichts von fremden Hosts.',
    hint: 'Legen Sie das Bild in den Ordner public/ und verweisen Sie mit einer Adresse, die mit / beginnt.',
  },
];

const FENCE = /^\s{0,3}(```|~~~)/;
/** Every rule needs a tag, a Markdown link (other than a citation), an attribute or a character reference. */
const MAY_MATCH = /[<&=]|\]\((?!quelle:)/;

/** Browsers decode character references and drop tabs in addresses: check what they would see. */
function asBrowserSees(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':').replace(/&tab;|&newline;/gi, '')
    .replace(/\t/g, '');
}

export function bodyFindings(markdown: string): BodyFinding[] {
  const out: BodyFinding[] = [];
  if (!MAY_MATCH.test(markdown)) return out;
  let inFence: string | undefined;
  markdown.split('\n').forEach((text, i) => {
    const fence = FENCE.exec(text);
    if (fence) {
      if (!inFence) inFence = fence[1];
      else if (fence[1] === inFence) inFence = undefined;
      return;
    }
    if (inFence) return;
    if (!MAY_MATCH.test(text)) return;
    // Inline code is text, too.
    const checked = asBrowserSees(text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)));
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(checked); m; m = rule.pattern.exec(checked)) {
        out.push({ line: i + 1, column: m.index + 1, message: rule.message(m), hint: rule.hint });
      }
    }
  });
  return out;
}
