/** The site's public address: SITE_URL from the environment, else the settings file, else none. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from './content-dir.ts';

export function readSiteUrl(): string | undefined {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  try {
    const settings = yaml.load(readFileSync(path.join(contentDir(), 'einstellungen.yaml'), 'utf8')) as { website?: unknown };
    return typeof settings?.website === 'string' && /^https?:\/\//.test(settings.website) ? settings.website : undefined;
  } catch {
    return undefined; // the validator reports a broken settings file before Astro runs
  }
}
