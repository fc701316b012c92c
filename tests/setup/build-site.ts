/**
 * Vitest global setup: builds the real site and the fixture site (tests/fixtures/basis) once into
 * temporary folders and hands their paths and build output to the build and browser tests.
 * Behaviour is tested on the fixture; the real content only gets invariants that hold for any correct content.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export interface BuiltSite {
  dir: string;
  /** The content folder it was built from. */
  content: string;
  code: number | null;
  out: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/. */
    site: BuiltSite;
    /** The site built from the fictional fixture in tests/fixtures/basis. */
    fixture: BuiltSite;
  }
}

export const FIXTURE_CONTENT = 'tests/fixtures/basis';

export function buildSite(dir: string, content: string, env: Record<string, string> = {}): BuiltSite {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dir], {
    env: { ...process.env, GITHUB_ACTIONS: '', CONTENT_DIR: content, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { dir, content, code: result.status, out: result.stdout + result.stderr };
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'site-'));
  project.provide('site', buildSite(path.join(root, 'dist'), 'content'));
  project.provide('fixture', buildSite(path.join(root, 'fixture'), FIXTURE_CONTENT));
  return () => rmSync(root, { recursive: true, force: true });
}
