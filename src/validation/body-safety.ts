/**
 * Checks the text (Markdown or MDX body) of a content file the way the build
 * renders it: parsed to an HTML tree with positions (remark, remark-rehype,
 * rehype-raw), sanitized with the site's one allowlist (src/markdown/allowlist.ts),
 * and compared. Everything the sanitizer would remove is named with its line and
 * a German fix; so are links, images, citations and headings that would work
 * badly on the page. Bodies without any Markdown or HTML syntax that could do
 * harm skip the tree (most project texts: only words and citations).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { createRequire } from 'node:module';
import { INHALT_KOMPONENTEN, type InhaltKomponentenName } from '../components/inhalt/komponenten.ts';
import { INHALT_SCHEMA, LINK_SCHEMES, REMARK_REHYPE, SITE_IMAGE_SRC } from '../markdown/allowlist.ts';
import { FIXED_ROUTES, collections } from '../schemas/index.ts';
import { citationsIn } from './citations.ts';
import { nearest } from './nearest.ts';

export interface BodyFinding {
  /** 1-based line within the text. */
  line: number;
  column: number;
  message: string;
  hint: string;
  severity: 'fehler' | 'warnung';
}

export interface BodyContext {
  /** Ids of every collection (all files, not only those checked). */
  ids: Map<string, Set<string>>;
  /** Absolute path of the file: relative images are looked up next to it. */
  absPath?: string;
  /** The body is MDX (components allowed, no code). */
  mdx?: boolean;
  /** Folder of files served at the site root (/bild.png → public/bild.png). */
  publicDir?: string;
}

/**
 * The Markdown and HTML parsers, loaded on first use: most texts never need them, and loading them costs
 * more than checking ten thousand plain texts (require of ES modules, Node 22.12+).
 */
const load = createRequire(import.meta.url);
let werkzeuge: ReturnType<typeof ladeWerkzeuge> | undefined;
function ladeWerkzeuge() {
  const { unified } = load('unified') as typeof import('unified');
  const remarkParse = (load('remark-parse') as typeof import('remark-parse')).default;
  const remarkGfm = (load('remark-gfm') as typeof import('remark-gfm')).default;
  const remarkMdx = (load('remark-mdx') as typeof import('remark-mdx')).default;
  const remarkRehype = (load('remark-rehype') as typeof import('remark-rehype')).default;
  const rehypeRaw = (load('rehype-raw') as typeof import('rehype-raw')).default;
  const { find, html } = load('property-information') as typeof import('property-information');
  return {
    markdownTree: unified().use(remarkParse).use(remarkGfm),
    mdxTree: unified().use(remarkParse).use(remarkMdx).use(remarkGfm),
    toHtmlTree: unified().use(remarkRehype, REMARK_REHYPE).use(rehypeRaw),
    sanitize: (load('hast-util-sanitize') as typeof import('hast-util-sanitize')).sanitize,
    attributeName: (property: string) => find(html, property).attribute,
  };
}
const tools = () => (werkzeuge ??= ladeWerkzeuge());

/**
 * Well-formed citations and plain https links (link text without markup) are harmless; whatever else could be
 * HTML, a link, an image or a heading needs the tree (about 1 ms per text instead of 0.01 ms).
 */
const CITATION = /\[[^[\]\n<>&`\\!]*\]\((?:quelle:[a-z0-9-]+|https?:\/\/[^\s()<>"'`\\&]+)\)|<https?:\/\/[^\s<>"'`\\&]+>/g;
const NEEDS_TREE = /[<>&[\]!`\\•\u0000-\u0008\u000b-\u001f\u007f]|^\s{0,3}#(\s|$)|^\s{0,3}=+\s*$/m;

export function bodyFindings(body: string, context: BodyContext): BodyFinding[] {
  if (!context.mdx && !NEEDS_TREE.test(body.replace(CITATION, ''))) return citationFindings(body, context);
  const out: BodyFinding[] = [];
  const add = (at: Pos | undefined, message: string, hint: string, severity: BodyFinding['severity'] = 'fehler') =>
    out.push({ line: at?.line ?? 1, column: at?.column ?? 1, message, hint, severity });
  let mdast: MdastRoot;
  try {
    mdast = (context.mdx ? tools().mdxTree : tools().markdownTree).parse(body);
  } catch (error) {
    // MDX syntax errors (an unclosed tag, a stray "{" or "<") come with a position.
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    add(e.line ? { line: e.line, column: e.column ?? 1 } : undefined, `Der Text ist kein gültiges MDX (${e.reason ?? e.message}).`,
      'Prüfen Sie diese Stelle: geschweifte Klammern { } und spitze Klammern < > haben in MDX eine Bedeutung. Schreiben Sie sie als \\{ bzw. \\< oder verwenden Sie eine .md-Datei.');
    return out;
  }
  if (context.mdx) mdxFindings(mdast, context, add);
  const hast = tools().toHtmlTree.runSync(mdast as never) as HastRoot;
  const clean = compareWithSanitized(hast, add);
  pageFindings(clean, context, add);
  return out;
}

interface Pos {
  line: number;
  column: number;
}
type Add = (at: Pos | undefined, message: string, hint: string, severity?: BodyFinding['severity']) => void;

/** The fast path: only citations, checked against the known sources. */
function citationFindings(body: string, context: BodyContext): BodyFinding[] {
  return citationsIn(body).flatMap((c) => {
    const f = unknownSource(c.id, context);
    return f ? [{ ...f, line: c.line, column: c.column }] : [];
  });
}

function unknownSource(id: string, context: BodyContext): BodyFinding | undefined {
  const quellen = context.ids.get('quellen') ?? new Set<string>();
  if (quellen.has(id)) return undefined;
  const guess = nearest(id, quellen);
  return {
    line: 1, column: 1, severity: 'fehler',
    message: `Quellenverweis „quelle:${id}“: diese Quelle gibt es nicht.`,
    hint: guess ? `Meinten Sie „quelle:${guess}“?` : 'Legen Sie die Quelle in content/quellen/ an oder korrigieren Sie die Kennung.',
  };
}

// ---------------------------------------------------------------------------------------------
// MDX: only the site's components, no code.

function mdxFindings(tree: MdastRoot, context: BodyContext, add: Add): void {
  const visit = (node: MdastNodes, parent: { children: MdastNodes[] } | undefined, index: number) => {
    const at = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm':
        // One block can hold several statements: name each import and export on its own line.
        node.value.split('\n').forEach((text, i) => {
          const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
          if (!keyword) return;
          add({ line: (at?.line ?? 1) + i, column: 1 }, `„${keyword}“ ist in Inhaltsdateien nicht erlaubt: MDX-Inhalte sind Daten, kein Programmcode.`,
            `Entfernen Sie die Zeile. Die erlaubten Komponenten (${Object.keys(INHALT_KOMPONENTEN).join(', ')}) stehen ohne import zur Verfügung.`);
        });
        parent?.children.splice(index, 1);
        return true;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(at, `Ausdrücke in geschweiften Klammern („{${shorten(node.value)}}“) sind in Inhaltsdateien nicht erlaubt: sie würden beim Bauen als Programmcode ausgeführt.`,
          'Schreiben Sie den Text direkt. Meinen Sie die Klammern als Zeichen, schreiben Sie \\{ und \\}.');
        parent?.children.splice(index, 1);
        return true;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const komponente = (INHALT_KOMPONENTEN as Record<string, (typeof INHALT_KOMPONENTEN)[InhaltKomponentenName]>)[name];
        const props: Record<string, string> = {};
        let code = false;
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute' || (attr.value !== null && typeof attr.value === 'object')) {
            code = true;
            add(attr.position?.start ?? at, `Das Attribut in geschweiften Klammern an <${name || 'Fragment'}> ist Programmcode und nicht erlaubt.`, 'Schreiben Sie Werte in Anführungszeichen: name="Wert".');
          } else props[attr.name] = attr.value === null || attr.value === undefined ? '' : attr.value;
        }
        if (komponente) {
          if (!code) {
            const parsed = komponente.props.safeParse(props);
            if (!parsed.success) {
              for (const issue of parsed.error.issues) {
                const key = String(issue.path[0] ?? '');
                const known = Object.keys(komponente.props.shape);
                const message = issue.code === 'unrecognized_keys'
                  ? `<${name}> kennt ${issue.keys.length > 1 ? 'die Angaben' : 'die Angabe'} ${issue.keys.map((k) => `„${k}“`).join(', ')} nicht.`
                  : `<${name}>, Angabe „${key}“: ${issue.code === 'invalid_type' ? 'fehlt' : issue.message}.`;
                add(at, message, `Erlaubt sind: ${known.map((k) => `${k}="…"`).join(', ')}. Beispiel: ${komponente.beispiel.split('\n')[0]}`);
              }
            }
          }
          if (typeof props.quelle === 'string' && props.quelle !== '') {
            const problem = unknownSource(props.quelle, context);
            if (problem) add(at, problem.message.replace(`„quelle:${props.quelle}“`, `quelle="${props.quelle}"`), problem.hint);
          }
          if (!komponente.mitText && node.children.length > 0) {
            add(at, `<${name}> hat keinen Text zwischen Anfangs- und End-Tag.`, `Schreiben Sie die Komponente allein: ${komponente.beispiel}`);
          }
          // Its text is checked like any other text: replace the component by its children.
          parent?.children.splice(index, 1, ...(node.children as MdastNodes[]));
          return true;
        }
        if (/^[a-z][a-z0-9]*$/.test(name) && INHALT_SCHEMA.tagNames!.includes(name) && !code) {
          // An allowed HTML element: check it like raw HTML in Markdown.
          const attrs = Object.entries(props).map(([k, v]) => (v === '' ? k : `${k}="${v.replace(/"/g, '&quot;')}"`)).join(' ');
          const raw = { type: 'html', value: `<${name}${attrs ? ` ${attrs}` : ''}>`, position: node.position } as MdastNodes;
          parent?.children.splice(index, 1, raw, ...(node.children as MdastNodes[]));
          return true;
        }
        const erlaubt = Object.keys(INHALT_KOMPONENTEN).map((k) => `<${k}>`).join(', ');
        add(at, name === '' ? 'Ein leeres Element <>…</> ist nicht erlaubt.' : /^[a-z]/.test(name)
          ? `Das HTML-Element <${name}> ist im Text nicht erlaubt.`
          : `Die Komponente <${name}> gibt es nicht: erlaubt sind nur ${erlaubt}.`,
          /^[a-z]/.test(name) ? 'Schreiben Sie Markdown statt HTML.' : `Verwenden Sie eine der erlaubten Komponenten (siehe Leitfaden) oder schreiben Sie Markdown.${nearestName(name)}`);
        parent?.children.splice(index, 1, ...(node.children as MdastNodes[]));
        return true;
      }
      default:
        return false;
    }
  };
  const walk = (node: { children?: MdastNodes[] }) => {
    const children = node.children;
    if (!children) return;
    for (let i = 0; i < children.length; ) {
      const child = children[i]!;
      const before = children.length;
      if (visit(child, node as { children: MdastNodes[] }, i)) {
        // Re-check what took its place (a component's children).
        if (children.length < before) continue;
        continue;
      }
      walk(child as { children?: MdastNodes[] });
      i++;
    }
  };
  walk(tree);
}

function nearestName(name: string): string {
  const guess = nearest(name, new Set(Object.keys(INHALT_KOMPONENTEN)));
  return guess ? ` Meinten Sie <${guess}>?` : '';
}

const shorten = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

// ---------------------------------------------------------------------------------------------
// The sanitizer's verdict: what it removes, located.

const attributeName = (property: string) => tools().attributeName(property);
const startOf = (node: { position?: { start: { line: number; column: number } } }): Pos | undefined => node.position?.start;
const keyOf = (node: Element) => `${node.position!.start.offset}:${node.tagName}`;

/** Reports what the sanitizer removes from `tree`; returns the sanitized tree (what the page shows). */
function compareWithSanitized(tree: HastRoot, add: Add): HastRoot {
  const clean = tools().sanitize(structuredClone(tree), INHALT_SCHEMA) as HastRoot;
  const kept = new Map<string, Element>();
  const collect = (node: HastNodes) => {
    if (node.type === 'element' && node.position) kept.set(keyOf(node), node);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(clean);

  const walk = (node: HastNodes, inCode: boolean) => {
    if (node.type === 'comment') {
      add(startOf(node), 'HTML-Kommentar im Text: er erscheint nicht auf der Website, steht aber öffentlich in der Datei im Repository.',
        'Interne Notizen (Absprachen, Telefonnummern) gehören nicht in Inhaltsdateien: entfernen Sie den Kommentar „<!-- … -->“.', 'warnung');
      return;
    }
    if (node.type === 'doctype') {
      add(startOf(node), 'Eine <!DOCTYPE>-Angabe ist im Text nicht erlaubt.', 'Entfernen Sie sie.');
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && node.position) {
      const after = kept.get(keyOf(node));
      if (!after) {
        elementRemoved(node, add);
        // Its content is either gone with it or checked on its own; report the outermost element only for stripped ones.
        if ((INHALT_SCHEMA.strip ?? []).includes(node.tagName)) return;
      } else {
        for (const [property, value] of Object.entries(node.properties)) {
          if (value === undefined || value === null || value === false) continue;
          const same = JSON.stringify(after.properties[property]) === JSON.stringify(value);
          if (!same) attributeRemoved(node, property, value, add);
        }
      }
    }
    const code = inCode || (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre'));
    for (const child of node.children) walk(child as HastNodes, code);
  };
  walk(tree, false);
  return clean;
}

function elementRemoved(node: Element, add: Add): void {
  const at = startOf(node);
  if (node.tagName === 'script') {
    add(at, 'Skripte (<script>) sind im Text nicht erlaubt.', 'Entfernen Sie das Element. Inhalte sind Text, kein Programmcode.');
    return;
  }
  const eingebettet = ['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'link', 'form', 'style', 'svg', 'math', 'video', 'audio', 'source', 'picture'];
  add(at, `Das HTML-Element <${node.tagName}> ist im Text nicht erlaubt.`,
    eingebettet.includes(node.tagName)
      ? 'Schreiben Sie Markdown; eingebettete Inhalte anderer Anbieter, Formulare und eigene Gestaltung sind nicht erlaubt.'
      : 'Schreiben Sie Markdown (z. B. **fett**, ## Überschrift, - Liste); die Website gestaltet den Text selbst.');
}

/** What the browser would make of an address: tabs, newlines and control characters do not count. */
const asBrowserSees = (value: string) => value.replace(/%(?:[01][0-9a-f]|20|7f)|[\u0000-\u0020\u007f]+/gi, '').toLowerCase();

function attributeRemoved(node: Element, property: string, value: unknown, add: Add): void {
  const at = startOf(node);
  const name = attributeName(property);
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  if (/^on/i.test(name)) {
    add(at, `Das Attribut „${name}“ würde Programmcode ausführen und ist nicht erlaubt.`, 'Entfernen Sie das Attribut.');
    return;
  }
  if (name === 'href' || name === 'src') {
    const seen = asBrowserSees(text);
    const scheme = /^([a-z][a-z0-9+.-]*):/.exec(seen)?.[1];
    if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
      add(at, `Adressen mit „${scheme}:“ sind nicht erlaubt.`, 'Verlinken Sie nur Adressen mit https://, relative Adressen der Website oder Quellen mit „quelle:“.');
      return;
    }
    if (name === 'src') {
      if (/^([a-z][a-z0-9+.-]*:|[/\\]{2})/.test(seen)) {
        add(at, 'Bilder von anderen Servern sind nicht erlaubt: die Website lädt nichts von fremden Hosts.', 'Legen Sie das Bild neben die Inhaltsdatei und binden Sie es mit seinem Dateinamen ein, z. B. ![Beschreibung](bild.png).');
      } else {
        add(at, `Die Bildadresse „${shorten(text)}“ ist nicht erlaubt (Leer-, Steuer- oder Sonderzeichen).`, 'Verwenden Sie einen Dateinamen nur aus Buchstaben, Ziffern, Bindestrichen und Punkt, z. B. bild-1.png.');
      }
      return;
    }
    if (scheme === 'quellen' || (scheme === 'quelle' && !text.startsWith('quelle:'))) {
      add(at, `Quellenverweis „${shorten(text)}“: so wird kein Beleg daraus.`, `Schreiben Sie „quelle:“ klein und ohne n: (quelle:${text.replace(/^\s*quellen?\s*:\s*/i, '')}).`);
      return;
    }
    add(at, `Die Adresse „${shorten(text)}“ ist nicht erlaubt: erlaubt sind ${LINK_SCHEMES.filter((s) => s !== 'quelle').map((s) => `${s}:`).join(', ')}, Adressen der Website und „quelle:“.`,
      scheme && (LINK_SCHEMES as readonly string[]).includes(scheme) ? `Schreiben Sie „${scheme}:“ klein und ohne Leer- oder Steuerzeichen davor.` : 'Verlinken Sie eine Seite mit https://…, eine E-Mail-Adresse mit mailto:… oder eine Quelle mit quelle:kennung.');
    return;
  }
  if (name === 'srcset') {
    add(at, 'Das Attribut „srcset“ ist nicht erlaubt: es kann Bilder von anderen Servern laden.', 'Binden Sie das Bild mit Markdown ein: ![Beschreibung](bild.png).');
    return;
  }
  if (name === 'style' || name === 'class') {
    add(at, `Das Attribut „${name}“ an <${node.tagName}> ist nicht erlaubt: die Website gestaltet den Text selbst.`, 'Entfernen Sie das Attribut.');
    return;
  }
  add(at, `Das Attribut „${name}“ an <${node.tagName}> ist nicht erlaubt.`, 'Entfernen Sie das Attribut; schreiben Sie möglichst Markdown statt HTML.');
}

// ---------------------------------------------------------------------------------------------
// What stays on the page but works badly: links, images, citations, headings, bullets.

const ENTRY_PAGES: Record<string, string> = { projekte: 'projekte', kommunen: 'kommunen', themenfelder: 'themenfelder', quellen: 'quellen' };
const LIST_PAGES: Record<string, string> = { themenfeld: 'themenfelder', kommune: 'kommunen' };

function pageFindings(clean: HastRoot, context: BodyContext, add: Add): void {
  const walk = (node: HastNodes, inCode: boolean) => {
    if (node.type === 'element') {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') linkFindings(node, node.properties.href, context, add);
      if (node.tagName === 'img') imageFindings(node, context, add);
      if (node.tagName === 'h1' && node.position) {
        add(startOf(node), 'Eine Überschrift der ersten Ebene („# …“) im Text: die Seite hat schon eine, ihren Titel.', 'Beginnen Sie Überschriften im Text mit „## “ (zweite Ebene), Unterüberschriften mit „### “.', 'warnung');
      }
    }
    if (node.type === 'text' && !inCode && node.position) textFindings(node.value, node.position.start, add);
    if ('children' in node) {
      const code = inCode || (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre'));
      for (const child of node.children as ElementContent[]) walk(child, code);
    }
  };
  walk(clean, false);
}

function linkFindings(node: Element, href: string, context: BodyContext, add: Add): void {
  const at = startOf(node);
  if (href.startsWith('quelle:')) {
    const id = href.slice('quelle:'.length);
    const problem = unknownSource(id, context);
    if (problem) add(at, problem.message, problem.hint);
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return;
  if (/^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)*\.(de|com|org|net|eu|nrw|info|io)(\/|$))/i.test(href)) {
    add(at, `Der Link „${shorten(href)}“ hat kein „https://“ davor: so führt er zu einer Seite dieser Website, die es nicht gibt.`, `Schreiben Sie „https://${href}“.`);
    return;
  }
  if (href.startsWith('//')) return;
  if (!href.startsWith('/')) {
    const md = /^(?:\.\.?\/)*(?:([a-z]+)\/)?([^/]+)\.mdx?$/.exec(href);
    add(at, `Der relative Link „${shorten(href)}“ funktioniert auf der Website nicht: Dateien aus dem Inhaltsordner werden nicht veröffentlicht.`,
      md ? `Verlinken Sie die Seite mit ihrer Adresse, z. B. „/${md[1] ?? 'projekte'}/${md[2]}/“, oder als Quelle mit „quelle:kennung“.` : 'Verlinken Sie das Dokument mit seiner vollständigen Adresse (https://…) oder legen Sie es als Quelle an und zitieren Sie es mit „quelle:kennung“.');
    return;
  }
  const problem = internalLinkProblem(href, context);
  if (problem) add(at, problem[0], problem[1], problem[2]);
}

/** A site path the build does not create: [message, hint], or undefined when it exists. */
function internalLinkProblem(href: string, context: BodyContext): [string, string, BodyFinding['severity']?] | undefined {
  const pathname = href.replace(/[?#].*$/, '');
  const segments = pathname.split('/').filter(Boolean);
  const missing = (hint: string): [string, string] => [`Der Link „${shorten(href)}“ führt zu keiner Seite dieser Website.`, hint];
  if (segments.length === 0) return undefined;
  const [first, second, third] = segments as [string, string | undefined, string | undefined];
  const ids = (collection: string) => context.ids.get(collection) ?? new Set<string>();
  const guessIn = (collection: string, id: string, prefix: string) => {
    const guess = nearest(id, ids(collection));
    return guess ? `Meinten Sie „${prefix}${guess}/“?` : `Die Kennung ist der Dateiname ohne Endung in ${collections[collection as keyof typeof collections]?.path ?? collection}/.`;
  };
  if (!(FIXED_ROUTES as readonly string[]).includes(first)) {
    if (segments.length === 1 && ids('seiten').has(first)) return slashHint(href, pathname);
    if (ENTRY_PAGES[first] === undefined && segments.length === 1) return missing(guessIn('seiten', first, '/'));
    if (/\.[a-z0-9]+$/i.test(first) || first === 'favicon.svg') return undefined;
    return missing('Prüfen Sie die Adresse auf der Website; Seiten haben Adressen wie /projekte/kennung/ oder /kommunen/kennung/.');
  }
  const collection = ENTRY_PAGES[first];
  if (collection && second && second !== 'seite' && !(first === 'projekte' && (LIST_PAGES[second] || second === 'status' || /^prioritaet-\d$/.test(second) || second === 'filter.json'))) {
    if (!ids(collection).has(second)) return missing(guessIn(collection, second, `/${first}/`));
    return slashHint(href, pathname);
  }
  if (first === 'projekte' && second && LIST_PAGES[second] && third && !ids(LIST_PAGES[second]!).has(third)) {
    return missing(guessIn(LIST_PAGES[second]!, third, `/projekte/${second}/`));
  }
  return slashHint(href, pathname);
}

function slashHint(href: string, pathname: string): [string, string, BodyFinding['severity']] | undefined {
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return undefined;
  return [`Dem Link „${shorten(href)}“ fehlt der Schrägstrich am Ende: Seiten dieser Website enden auf „/“, nicht jeder Server leitet weiter.`, `Schreiben Sie „${pathname}/${href.slice(pathname.length)}“.`, 'warnung'];
}

function imageFindings(node: Element, context: BodyContext, add: Add): void {
  const at = startOf(node);
  const src = typeof node.properties.src === 'string' ? node.properties.src : undefined;
  const alt = node.properties.alt;
  if (typeof alt !== 'string' || alt.trim() === '') {
    add(at, 'Dem Bild fehlt ein Alternativtext: wer den Bildschirm vorgelesen bekommt, erfährt nicht, was es zeigt.', 'Beschreiben Sie in den eckigen Klammern, was das Bild zeigt: ![Beschreibung des Bildes](bild.png).');
  }
  if (!src || !SITE_IMAGE_SRC.test(src)) return;
  const clean = decodeURIComponent(src.replace(/[?#].*$/, ''));
  if (clean.startsWith('/')) {
    if (context.publicDir && !isFile(path.join(context.publicDir, clean))) {
      add(at, `Das Bild „${shorten(src)}“ gibt es nicht.`, 'Legen Sie das Bild neben die Inhaltsdatei und binden Sie es mit seinem Dateinamen ein, z. B. ![Beschreibung](bild.png).');
    }
    return;
  }
  if (!context.absPath) return;
  const file = path.resolve(path.dirname(context.absPath), clean);
  if (!isFile(file)) {
    add(at, `Das Bild „${shorten(src)}“ gibt es nicht (gesucht neben der Datei: ${path.basename(file)}).`, 'Prüfen Sie den Dateinamen (auch Groß- und Kleinschreibung) und legen Sie das Bild in denselben Ordner wie die Inhaltsdatei.');
  }
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

const TEXT_TRIGGER = /[\]•◦▪<]|quelle/i;

function textFindings(value: string, start: Pos, add: Add): void {
  if (!TEXT_TRIGGER.test(value)) return;
  const posAt = (index: number): Pos => {
    const before = value.slice(0, index);
    const lines = before.split('\n');
    return lines.length === 1 ? { line: start.line, column: start.column + index } : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
  };
  for (const m of value.matchAll(/\]\s+\(\s*quelle/gi)) {
    add(posAt(m.index), 'Zwischen „]“ und „(“ steht ein Leerzeichen: so wird aus dem Beleg kein Link.', 'Schreiben Sie „](quelle:kennung)“ ohne Leerzeichen.');
  }
  for (const m of value.matchAll(/\]\(\s*(quellen?|Quellen?|QUELLEN?)\s*:\s+([^)\s]*)/g)) {
    add(posAt(m.index), `Nach „${m[1]}:“ steht ein Leerzeichen: so wird aus dem Beleg kein Link.`, `Schreiben Sie „](quelle:${m[2]})“ ohne Leerzeichen.`);
  }
  for (const m of value.matchAll(/<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi)) {
    add(posAt(m.index), `„${shorten(m[0])}“ sieht aus wie HTML, wird aber als Text angezeigt.`, 'Schreiben Sie Markdown statt HTML. Sind die Zeichen so gemeint, ist nichts zu tun.', 'warnung');
  }
  // Once per paragraph: the fix is the same for every line of the list.
  const bullet = /(^|\n)[ \t]*([•◦▪])/.exec(value);
  for (const m of bullet ? [bullet] : []) {
    add(posAt(m.index + m[1]!.length), `Das Aufzählungszeichen „${m[2]}“ (aus Word kopiert) ergibt keine Liste.`, 'Beginnen Sie jeden Listenpunkt mit „- “ am Zeilenanfang und lassen Sie vor der Liste eine Leerzeile.', 'warnung');
  }
}
