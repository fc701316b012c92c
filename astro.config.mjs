// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readSiteUrl } from './src/config/site-url.ts';

export default defineConfig({
  // The public address comes from content/einstellungen.yaml (or SITE_URL); unknown leaves canonical URLs relative.
  site: readSiteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
