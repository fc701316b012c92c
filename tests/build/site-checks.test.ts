/** Checks over every page of the built site: valid HTML, links that resolve, nothing loaded from other hosts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, linksIn, resolvesInSite, sitePathOf } from '../helpers/site-files.ts';

const { dir: dist } = inject('site');
const pages = htmlFiles(dist);

describe('every page of the built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('is valid HTML', async () => {
    // long-title is an SEO heuristic: a long project name from the editors is not an error.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path.relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('links only to pages, files and #fragments that exist', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const from = sitePathOf(dist, file);
      for (const link of linksIn(readFileSync(file, 'utf8'))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link.value) || link.value.startsWith('//')) continue; // other schemes and hosts
        if (link.attribute === 'srcset') continue;
        if (!resolvesInSite(dist, from, link.value)) broken.push(`${from}: <${link.tag} ${link.attribute}="${link.value}">`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('carries a Content-Security-Policy without unsafe-inline script', () => {
    const missing = pages.filter((file) => {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1];
      return !csp || !/script-src 'self'/.test(csp) || /unsafe-inline/.test(csp) || !/default-src 'self'/.test(csp);
    });
    expect(missing.map((f) => sitePathOf(dist, f))).toEqual([]);
  });

  it('loads nothing from another host (stylesheets, scripts, images, fonts, frames)', () => {
    const foreign: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const link of linksIn(html)) {
        const loads = link.tag !== 'a' && !(link.tag === 'link' && /rel="(canonical|alternate|license)"/.test(html)) && link.tag !== 'meta';
        if (loads && /^(https?:)?\/\//i.test(link.value)) foreign.push(`${sitePathOf(dist, file)}: <${link.tag} ${link.attribute}="${link.value}">`);
      }
      for (const m of html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^)'"]+)/gi)) foreign.push(`${sitePathOf(dist, file)}: url(${m[1]})`);
      for (const m of html.matchAll(/@import\s+['"]?((?:https?:)?\/\/[^'";]+)/gi)) foreign.push(`${sitePathOf(dist, file)}: @import ${m[1]}`);
    }
    expect(foreign).toEqual([]);
  });
});
