/**
 * Checks over every page of a built site, as the pull-request check and the tests run them:
 * valid HTML, links and fragments that resolve, a Content-Security-Policy on every page and
 * nothing loaded from another host. Findings are German and name the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlFiles, linksIn, resolvesInSite, sitePathOf } from './built-site.ts';

export type SiteCheck = 'html' | 'links' | 'csp' | 'fremde-hosts';

export interface SiteFinding {
  check: SiteCheck;
  /** Site path of the page ("/projekte/x/"). */
  page: string;
  /** Line in the built HTML, where known. */
  line?: number;
  message: string;
  /** For broken links: the address as written, to find it in the content file. */
  target?: string;
}

export const CHECK_NAMES: Record<SiteCheck, string> = {
  html: 'Gültiges HTML',
  links: 'Links und Sprungmarken',
  csp: 'Content-Security-Policy',
  'fremde-hosts': 'Nichts von fremden Servern',
};

// long-title is an SEO heuristic: a long project name from the editors is not an error.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

const isOtherScheme = (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');

function linkFindings(page: string, html: string, dist: string): SiteFinding[] {
  const out: SiteFinding[] = [];
  for (const link of linksIn(html)) {
    if (isOtherScheme(link.value) || link.attribute === 'srcset') continue;
    if (!resolvesInSite(dist, page, link.value)) {
      out.push({ check: 'links', page, target: link.value, message: `Der Link auf „${link.value}“ (<${link.tag} ${link.attribute}>) führt ins Leere: diese Seite, Datei oder Sprungmarke gibt es im Build nicht.` });
    }
  }
  return out;
}

function cspFindings(page: string, html: string): SiteFinding[] {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (csp && /script-src 'self'/.test(csp) && !/unsafe-inline/.test(csp) && /default-src 'self'/.test(csp)) return [];
  return [{ check: 'csp', page, message: 'Die Seite hat keine strenge Content-Security-Policy (default-src und script-src \'self\', kein unsafe-inline).' }];
}

function foreignFindings(page: string, html: string): SiteFinding[] {
  const out: SiteFinding[] = [];
  const found = (what: string) => out.push({ check: 'fremde-hosts', page, message: `Die Seite lädt etwas von einem anderen Server: ${what}.` });
  for (const link of linksIn(html)) {
    const loads = link.tag !== 'a' && !(link.tag === 'link' && /rel="(canonical|alternate|license)"/.test(html)) && link.tag !== 'meta';
    if (loads && /^(https?:)?\/\//i.test(link.value)) found(`<${link.tag} ${link.attribute}="${link.value}">`);
  }
  for (const m of html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^)'"]+)/gi)) found(`url(${m[1]})`);
  for (const m of html.matchAll(/@import\s+['"]?((?:https?:)?\/\/[^'";]+)/gi)) found(`@import ${m[1]}`);
  return out;
}

/** Runs every check over every HTML page of the build in `dist`. */
export async function checkBuiltSite(dist: string): Promise<{ pages: number; findings: SiteFinding[] }> {
  const files = htmlFiles(dist);
  const findings: SiteFinding[] = [];
  for (const file of files) {
    const page = sitePathOf(dist, file);
    const html = readFileSync(file, 'utf8');
    const report = await validator.validateString(html, path.relative(dist, file));
    for (const r of report.results) {
      for (const m of r.messages) findings.push({ check: 'html', page, line: m.line, message: `Ungültiges HTML in Zeile ${m.line} (Regel ${m.ruleId}): ${m.message}` });
    }
    findings.push(...linkFindings(page, html, dist), ...cspFindings(page, html), ...foreignFindings(page, html));
  }
  return { pages: files.length, findings };
}
