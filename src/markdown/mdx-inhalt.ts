/**
 * The second layer for .mdx content (the validator is the first): whatever
 * got past it, the build keeps only the site's own components with plain
 * string props, drops imports, exports and {expressions}, and sanitizes all
 * other HTML with the same allowlist as Markdown.
 */
import type { Element, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { INHALT_KOMPONENTEN } from '../components/inhalt/komponenten.ts';
import { INHALT_SCHEMA } from './allowlist.ts';

interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: RootContent[];
}

const MDX_CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const isJsx = (node: { type: string }): node is MdxJsxElement & RootContent => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const PLATZHALTER = 'x-inhalt-komponente';
const SCHEMA = {
  ...INHALT_SCHEMA,
  tagNames: [...(INHALT_SCHEMA.tagNames ?? []), PLATZHALTER],
  attributes: { ...INHALT_SCHEMA.attributes, [PLATZHALTER]: [['dataNr', /^\d+$/]] },
} as typeof INHALT_SCHEMA;

/** Replaces our components by placeholder elements (their children inside) and drops all other MDX nodes. */
function toPlaceholders(children: RootContent[], stored: MdxJsxElement[]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    if (MDX_CODE.has(child.type)) continue;
    if (isJsx(child)) {
      const komponente = child.name ? (INHALT_KOMPONENTEN as Record<string, { props: { shape: Record<string, unknown> } }>)[child.name] : undefined;
      const inner = toPlaceholders(child.children, stored);
      if (!komponente) {
        out.push(...inner); // not one of ours: its text stays, the element does not
        continue;
      }
      const erlaubt = Object.keys(komponente.props.shape);
      const jsx = child as MdxJsxElement;
      jsx.attributes = jsx.attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name && erlaubt.includes(a.name) && typeof a.value === 'string');
      stored.push(jsx);
      out.push({ type: 'element', tagName: PLATZHALTER, properties: { dataNr: String(stored.length - 1) }, children: inner as Element['children'] });
      continue;
    }
    if ('children' in child) (child as Element).children = toPlaceholders((child as Element).children, stored) as Element['children'];
    out.push(child);
  }
  return out;
}

/** Puts the components back in place of their (sanitized) placeholders. */
function fromPlaceholders(children: RootContent[], stored: MdxJsxElement[]): RootContent[] {
  return children.map((child) => {
    if (child.type !== 'element') return child;
    child.children = fromPlaceholders(child.children, stored) as Element['children'];
    if (child.tagName !== PLATZHALTER) return child;
    const komponente = stored[Number(child.properties.dataNr)]!;
    komponente.children = child.children;
    return komponente as unknown as RootContent;
  });
}

/** rehype plugin for the MDX pipeline. */
export function rehypeInhaltMdx() {
  return (tree: Root) => {
    const stored: MdxJsxElement[] = [];
    const clean = sanitize({ type: 'root', children: toPlaceholders(tree.children, stored) } as Root, SCHEMA) as Root;
    tree.children = fromPlaceholders(clean.children, stored) as Root['children'];
  };
}

export type { Element };
