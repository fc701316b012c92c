/**
 * sitemap.xml and robots.txt for search engines. Sitemaps need absolute URLs,
 * so they are written only when the site's address is known.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { xmlText } from '../data/xml-text.ts';
import { fileForUrl, publishedUrls } from './permalinks.ts';

const xml = xmlText;

/** Writes sitemap.xml and robots.txt; returns the number of pages listed. */
export function writeSitemap(outDir: string, site: string, base: string): number {
  const pages = publishedUrls(outDir).filter((url) => url.endsWith('/') && !/<meta name="robots" content="noindex"|<meta http-equiv="refresh"/.test(readFileSync(fileForUrl(outDir, url), 'utf8')));
  const abs = (url: string) => new URL(base.replace(/\/$/, '') + url, site).href;
  const body = pages.map((url) => `  <url><loc>${xml(abs(url))}</loc></url>`).join('\n');
  writeFileSync(path.join(outDir, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`);
  writeFileSync(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${abs('/sitemap.xml')}\n`);
  return pages.length;
}
