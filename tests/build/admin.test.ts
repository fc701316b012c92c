/** The editing interface in the built site: /admin/ with its own policy, left out of search, sitemap and permalinks. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { configYaml, decapDistFiles, folderSize, publishedAdminOptions } from '../../src/cms/admin-files.ts';
import { publishedUrls } from '../../src/build/permalinks.ts';
import { htmlFiles, linksIn } from '../helpers/site-files.ts';

const site = inject('site');
const admin = (file: string) => path.join(site.dir, 'admin', file);

describe('/admin/ in the built site', () => {
  it('holds the CMS bundle copied from the package, the generated configuration and the page', () => {
    expect(site.code, site.out).toBe(0);
    for (const file of [...decapDistFiles(), 'index.html', 'config.yml', 'widgets.js', 'format.js', 'field-order.js', 'js-yaml.min.js']) {
      expect(existsSync(admin(file)), file).toBe(true);
    }
    expect(readFileSync(admin('decap-cms.js'), 'utf8').length).toBeGreaterThan(1_000_000);
  });

  it('is configured from the current schemas (a stale configuration fails)', () => {
    const expected = publishedAdminOptions(path.resolve('content'), site.dir, undefined).config;
    const built = readFileSync(admin('config.yml'), 'utf8');
    // The site address comes from the settings; compare everything else.
    const withoutSite = (text: string) => text.split('\n').filter((l) => !/^(site_url|display_url):/.test(l)).join('\n');
    expect(withoutSite(built)).toBe(withoutSite(configYaml(expected)));
  });

  it('has its own Content-Security-Policy: the GitHub API and nothing inline but styles', () => {
    const html = readFileSync(admin('index.html'), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/api\.github\.com/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    // Scripts and styles of the admin page come from the site itself.
    expect(linksIn(html).filter((l) => /^(https?:)?\/\//.test(l.value))).toEqual([]);
    // The preview uses the site's stylesheet.
    expect(html).toMatch(/<meta name="cms-preview-style" content="[^"]*\/_astro\/[^"]+\.css">/);
  });

  it('is left out of search, sitemap and permalinks, and no public page loads it', () => {
    expect(publishedUrls(site.dir).filter((u) => u.startsWith('/admin'))).toEqual([]);
    if (existsSync(path.join(site.dir, 'sitemap.xml'))) expect(readFileSync(path.join(site.dir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(admin('index.html'), 'utf8')).not.toContain('data-pagefind-body');
    const loading = htmlFiles(site.dir).filter((file) => linksIn(readFileSync(file, 'utf8')).some((l) => l.tag !== 'a' && l.value.includes('/admin/')));
    expect(loading).toEqual([]);
  });

  it('reports the size it adds to the build', () => {
    const reported = /Redaktionssystem \(\/admin\/\): ([\d.]+) MB/.exec(site.out)?.[1];
    expect(Number(reported)).toBeCloseTo(folderSize(path.join(site.dir, 'admin')) / 1024 / 1024, 1);
  });
});
