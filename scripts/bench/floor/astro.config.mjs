// The floor for this stack: a minimal Astro project that builds one page per project of a corpus
// (CONTENT_DIR) and nothing else. The benchmark compares the site's build with this one.
import { defineConfig } from 'astro/config';

export default defineConfig({ devToolbar: { enabled: false }, trailingSlash: 'always' });
