/**
 * The /admin/ folder of the build: the prebuilt Decap CMS bundle copied from
 * node_modules (never processed by Astro/Vite), the generated configuration, the
 * site's widgets for dates and "keine Angabe", and a page with its own
 * Content-Security-Policy. Public pages never link to it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { collectionNames, collections } from '../schemas/index.ts';
import { decapConfig, fieldOrder, type DecapConfigOptions } from './decap-config.ts';

export const ADMIN_DIR = 'admin';
/** The bundle file of the decap-cms package (React included), loaded by the admin page. */
const BUNDLE = 'decap-cms.js';
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The folder of the prebuilt Decap CMS files in node_modules. */
export function decapDistDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** The bundle and the chunks and WebAssembly files it loads on demand (no source maps, no second copy "cms.js"). */
export function decapDistFiles(): string[] {
  return readdirSync(decapDistDir()).filter((name) => name === BUNDLE || name === `${BUNDLE}.LICENSE.txt` || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm')).sort();
}

/** The configuration as YAML, with a header that says where it comes from. */
export function configYaml(options: DecapConfigOptions): string {
  const header = '# Erzeugt aus src/schemas/ von src/cms/decap-config.ts (npm run build). Nicht von Hand ändern.\n';
  return header + yaml.dump(decapConfig(options), { lineWidth: -1, noRefs: true, quotingType: '"' });
}

/** The field order of every collection for format.js, from the schemas. */
export function fieldOrderScript(): string {
  const order = Object.fromEntries(collectionNames.map((name) => [name, fieldOrder(collections[name].schema)]));
  return `// Erzeugt aus src/schemas/ (src/cms/admin-files.ts).\nwindow.SiteFieldOrder = ${JSON.stringify(order)};\n`;
}

export interface AdminPageOptions {
  /** Extra hosts the CMS talks to (the GitHub API, the authentication service, the local proxy). */
  connectSrc: string[];
  /** Stylesheets of the site for the preview pane, as paths on the site. */
  previewStyles: string[];
}

/**
 * The Content-Security-Policy of /admin/. Decap CMS needs inline styles (emotion) and 'unsafe-eval'
 * (ajv compiles the configuration schema with new Function); nothing from other hosts except the
 * ones it talks to. Public pages keep their own, strict policy.
 */
export function adminCsp(connectSrc: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com`,
    `connect-src 'self' ${connectSrc.join(' ')}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function adminPage(options: AdminPageOptions): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escapeAttr(adminCsp(options.connectSrc))}">
<meta name="robots" content="noindex, nofollow">
<title>Redaktion</title>
${options.previewStyles.map((href) => `<meta name="cms-preview-style" content="${escapeAttr(href)}">`).join('\n')}
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="manual-init.js"></script>
<script src="${BUNDLE}"></script>
<script src="js-yaml.min.js"></script>
<script src="format.js"></script>
<script src="field-order.js"></script>
<script src="widgets.js"></script>
</body>
</html>
`;
}

export interface WriteAdminOptions extends AdminPageOptions {
  config: DecapConfigOptions;
}

/** Writes the admin folder; returns its size in bytes. */
export function writeAdmin(outDir: string, options: WriteAdminOptions): number {
  const dir = path.join(outDir, ADMIN_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of decapDistFiles()) copyFileSync(path.join(decapDistDir(), name), path.join(dir, name));
  for (const name of ['manual-init.js', 'format.js', 'widgets.js']) copyFileSync(path.join(HERE, 'admin', name), path.join(dir, name));
  copyFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('js-yaml/package.json')), 'dist', 'js-yaml.min.js'), path.join(dir, 'js-yaml.min.js'));
  writeFileSync(path.join(dir, 'config.yml'), configYaml(options.config));
  writeFileSync(path.join(dir, 'field-order.js'), fieldOrderScript());
  writeFileSync(path.join(dir, 'index.html'), adminPage(options));
  return folderSize(dir);
}

export function folderSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    total += stat.isDirectory() ? folderSize(full) : stat.size;
  }
  return total;
}

/** The stylesheets a built page links (the site's styles for the preview pane). */
export function stylesheetsOf(htmlFile: string): string[] {
  if (!existsSync(htmlFile)) return [];
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h);
}

/** "owner/name" of a GitHub repository address, undefined for anything else. */
export function githubRepo(address: string | undefined): string | undefined {
  const m = /^https:\/\/github\.com\/([^/\s]+\/[^/\s#?]+?)(?:\.git)?\/?$/.exec(address ?? '');
  return m?.[1];
}

/** Settings of the published admin, read from the region's einstellungen.yaml and the environment. */
export function publishedAdminOptions(contentDir: string, outDir: string, siteUrl: string | undefined): WriteAdminOptions {
  const file = path.join(contentDir, 'einstellungen.yaml');
  const settings = existsSync(file) ? ((yaml.load(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>) : {};
  const authUrl = process.env.REDAKTION_AUTH_URL || undefined;
  return {
    connectSrc: ['https://api.github.com'],
    previewStyles: stylesheetsOf(path.join(outDir, 'index.html')),
    config: {
      contentRoot: path.relative(process.cwd(), contentDir).split(path.sep).join('/') || '.',
      repo: githubRepo(typeof settings.repository === 'string' ? settings.repository : undefined),
      branch: typeof settings.hauptzweig === 'string' ? settings.hauptzweig : 'main',
      authUrl,
      editorialWorkflow: true,
      siteUrl,
    },
  };
}
