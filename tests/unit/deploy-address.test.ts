/** Where the site's address, base path and repository come from, and what overrides what. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basePath } from '../../src/config/base-path.ts';
import { readSiteUrl, repositoryUrl } from '../../src/config/site-url.ts';
import { contentWithText } from '../helpers/content.ts';

afterEach(() => vi.unstubAllEnvs());

/** A content folder whose settings give this website address. */
const withSettings = (website: string) => contentWithText({ 'einstellungen.yaml': `titel: T\nwebsite: ${website}\n` });

describe('the address of a deployed site', () => {
  it('comes from GitHub Pages when nothing else is set', () => {
    vi.stubEnv('CONTENT_DIR', withSettings('keine Angabe'));
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PAGES_BASE_URL', 'https://region.github.io/strategie');
    expect(readSiteUrl()).toBe('https://region.github.io/strategie');
  });

  it('is overridden by einstellungen.yaml, and both by SITE_URL', () => {
    vi.stubEnv('CONTENT_DIR', withSettings('https://digital.kreis.invalid'));
    vi.stubEnv('PAGES_BASE_URL', 'https://region.github.io/strategie');
    vi.stubEnv('SITE_URL', '');
    expect(readSiteUrl()).toBe('https://digital.kreis.invalid');
    vi.stubEnv('SITE_URL', 'https://anders.invalid');
    expect(readSiteUrl()).toBe('https://anders.invalid');
  });

  it('has the base path of GitHub Pages unless BASE_PATH is set', () => {
    vi.stubEnv('BASE_PATH', '');
    vi.stubEnv('PAGES_BASE_PATH', '/strategie');
    expect(basePath()).toBe('/strategie/');
    vi.stubEnv('BASE_PATH', '/');
    expect(basePath()).toBe('/');
  });

  it('takes the repository from the settings, else from GitHub Actions, and ignores what is not an address', () => {
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
    vi.stubEnv('GITHUB_REPOSITORY', 'region/strategie');
    expect(repositoryUrl('https://git.kreis.invalid/strategie')).toBe('https://git.kreis.invalid/strategie');
    expect(repositoryUrl('keine Angabe')).toBe('https://github.com/region/strategie');
    vi.stubEnv('GITHUB_REPOSITORY', 'x; rm -rf /');
    expect(repositoryUrl('keine Angabe')).toBeUndefined();
  });
});
