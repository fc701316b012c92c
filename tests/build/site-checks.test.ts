/** The checks over every built page (the same the pull-request check runs), on the real site and the fixture. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkBuiltSite, type SiteCheck, type SiteFinding } from '../../src/build/site-checks.ts';

describe.each(['site', 'fixture'] as const)('every page of the %s build', (which) => {
  const { dir: dist, content } = inject(which);
  let result: { pages: number; findings: SiteFinding[] };
  const of = (check: SiteCheck) => result.findings.filter((f) => f.check === check).map((f) => `${f.page}: ${f.message}`);

  beforeAll(async () => {
    result = await checkBuiltSite(dist);
  }, 120_000);

  it('has pages to check', () => expect(result.pages, content).toBeGreaterThan(30));
  it('is valid HTML', () => expect(of('html')).toEqual([]));
  it('links only to pages, files and #fragments that exist', () => expect(of('links')).toEqual([]));
  it('carries a Content-Security-Policy without unsafe-inline script', () => expect(of('csp')).toEqual([]));
  it('loads nothing from another host (stylesheets, scripts, images, fonts, frames)', () => expect(of('fremde-hosts')).toEqual([]));
});
