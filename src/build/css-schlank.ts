/**
 * A PostCSS plugin for the site stylesheet built from KERN's SCSS: keeps the light theme only
 * (the site has no theme switch) and drops custom-property declarations that nothing reads,
 * so KERN's full token set does not travel with every page.
 */
import type { AtRule, Declaration, Plugin, Root, Rule } from 'postcss';

const DUNKEL = /kern-dark|data-kern-theme="?dark/;
const HELL_KLASSE = /^(?:\.kern-light|\[data-kern-theme="?light"?\])$/;
/** Nested surface levels the site does not use. */
const EBENE = /^\.kern-level-[1-9]/;
const VERWEIS = /var\(\s*(--[\w-]+)/g;

function nurHell(root: Root): void {
  root.walkAtRules('media', (rule: AtRule) => {
    if (/prefers-color-scheme:\s*dark/.test(rule.params)) rule.remove();
    else if (/prefers-color-scheme:\s*light/.test(rule.params)) rule.replaceWith(rule.nodes ?? []);
  });
  root.walkRules((rule: Rule) => {
    const behalten = rule.selectors.filter((s) => !DUNKEL.test(s.replace(/:is\([^)]*\)/g, '')) && !HELL_KLASSE.test(s.trim()) && !EBENE.test(s.trim()));
    if (behalten.length === 0) rule.remove();
    else if (behalten.length !== rule.selectors.length) rule.selectors = behalten;
  });
}

function ohneUngenutzteTokens(root: Root): void {
  const deklarationen = new Map<string, Declaration[]>();
  const gelesen = new Set<string>();
  const offen: string[] = [];
  const lies = (wert: string) => {
    for (const m of wert.matchAll(VERWEIS)) if (!gelesen.has(m[1]!)) { gelesen.add(m[1]!); offen.push(m[1]!); }
  };
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) {
      const liste = deklarationen.get(decl.prop);
      if (liste) liste.push(decl);
      else deklarationen.set(decl.prop, [decl]);
    } else lies(decl.value);
  });
  while (offen.length) for (const decl of deklarationen.get(offen.pop()!) ?? []) lies(decl.value);
  for (const [name, liste] of deklarationen) if (!gelesen.has(name)) liste.forEach((d) => d.remove());
  root.walkRules((rule) => { if (!rule.nodes?.length) rule.remove(); });
  root.walkAtRules((rule) => { if (rule.nodes && !rule.nodes.length) rule.remove(); });
}

export function cssSchlank(): Plugin {
  return {
    postcssPlugin: 'css-schlank',
    OnceExit(root) {
      if (!root.toString().includes('--kern-')) return;
      nurHell(root);
      ohneUngenutzteTokens(root);
    },
  };
}
