/**
 * The site's public address: SITE_URL from the environment, else the settings file, else the address
 * GitHub Pages reports in the publish workflow (PAGES_BASE_URL, from actions/configure-pages), else none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from './content-dir.ts';

const isHttp = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//.test(value);

/** A value of the settings file, or undefined (the validator reports a broken settings file before Astro runs). */
function setting(key: string): unknown {
  try {
    return (yaml.load(readFileSync(path.join(contentDir(), 'einstellungen.yaml'), 'utf8')) as Record<string, unknown> | null)?.[key];
  } catch {
    return undefined;
  }
}

export function readSiteUrl(): string | undefined {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const website = setting('website');
  if (isHttp(website)) return website;
  return isHttp(process.env.PAGES_BASE_URL) ? process.env.PAGES_BASE_URL : undefined;
}

/**
 * The repository's address for "Diese Seite bearbeiten" links: the settings file, else the repository
 * GitHub Actions builds (GITHUB_SERVER_URL and GITHUB_REPOSITORY), else none.
 */
export function repositoryUrl(fromSettings: string): string | undefined {
  if (isHttp(fromSettings)) return fromSettings;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = process.env;
  return isHttp(server) && repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? `${server.replace(/\/+$/, '')}/${repository}` : undefined;
}
