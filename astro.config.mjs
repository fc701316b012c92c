// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { createHash } from 'node:crypto';
import { basePath } from './src/config/base-path.ts';
import { contentDir } from './src/config/content-dir.ts';
import { readSiteUrl } from './src/config/site-url.ts';
import { INHALT_SCHEMA, REMARK_REHYPE } from './src/markdown/allowlist.ts';
import { rehypeInhaltMdx } from './src/markdown/mdx-inhalt.ts';
import { cssSchlank } from './src/build/css-schlank.ts';

// One content-layer cache per content folder, so that building a fixture or corpus
// (CONTENT_DIR) never serves stale entries to the real site, or the other way round.
const cacheKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
  // The public address comes from content/einstellungen.yaml (or SITE_URL); unknown leaves canonical URLs relative.
  site: readSiteUrl(),
  // Sub-path deployments (e.g. GitHub Pages of a project): BASE_PATH=/strategie/
  base: basePath(),
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  // Two pages at a time: preview images are rasterised off the main thread meanwhile (2 cores here).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Content Security Policy as a <meta> tag on every page: Astro hashes its own styles and scripts;
  // nothing inline is allowed beyond that, and nothing from other hosts. Pagefind runs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Content text is data: raw HTML is parsed (rehype-raw) and everything the allowlist does not know is
    // removed (rehype-sanitize) before a page sees it. The validator checks with the same allowlist.
    // No syntax highlighting: its inline styles would be removed by the sanitizer and blocked by the CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkRehype: REMARK_REHYPE,
      rehypePlugins: [rehypeRaw, [rehypeSanitize, INHALT_SCHEMA]],
    }),
  },
  // The site stylesheet is compiled from KERN's SCSS; the plugin keeps the light theme and the tokens in use.
  vite: { css: { postcss: { plugins: [cssSchlank()] } } },
  // .mdx content: only the site's components (handed over when rendering, src/data/site.ts), no code;
  // all other HTML sanitized with the same allowlist. The validator rejects everything else first.
  integrations: [mdx({ processor: unified({ remarkRehype: REMARK_REHYPE, rehypePlugins: [rehypeInhaltMdx] }) })],
});
