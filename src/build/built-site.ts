/** Reading a built site: its HTML pages, the links in them and whether a site path resolves (used by the site checks, the benchmark and the tests). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        // /admin/ is the CMS, a separate application with its own policy: not a page of the site.
        if (name !== 'pagefind' && name !== '_astro' && name !== 'admin') walk(full);
      } else if (name.endsWith('.html')) out.push(full);
    }
  };
  walk(dist);
  return out.sort();
}

/** Site path of an HTML file ("dist/projekte/x/index.html" → "/projekte/x/"). */
export const sitePathOf = (dist: string, file: string) => `/${path.relative(dist, file)}`.replace(/index\.html$/, '');

export interface Link {
  attribute: string;
  value: string;
  tag: string;
}

/** Every href/src/srcset/content-URL in the page, with its tag. */
export function linksIn(html: string): Link[] {
  const out: Link[] = [];
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag[1]!.toLowerCase();
    for (const attr of tag[2]!.matchAll(/\s(href|src|srcset|action|poster|data)="([^"]*)"/gi)) {
      out.push({ tag: name, attribute: attr[1]!.toLowerCase(), value: attr[2]!.replace(/&amp;/g, '&') });
    }
    if (name === 'meta') {
      const prop = /\s(?:property|name)="(og:image|og:url|twitter:image)"/.exec(tag[2]!);
      const content = /\scontent="([^"]*)"/.exec(tag[2]!);
      if (prop && content) out.push({ tag: name, attribute: prop[1]!, value: content[1]! });
    }
  }
  return out;
}

/** Whether a site path (with optional #fragment) exists in the build. */
export function resolvesInSite(dist: string, from: string, url: string): boolean {
  const target = new URL(url, `http://site${from}`);
  const pathname = decodeURIComponent(target.pathname);
  let file = path.join(dist, pathname);
  if (pathname.endsWith('/')) file = path.join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (!fragment) return true;
  return new RegExp(`\\sid="${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(readFileSync(file, 'utf8'));
}
