/**
 * Vitest global setup: builds the real site once into a temporary folder and
 * hands its path and the build output to the build and browser tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export interface BuiltSite {
  dir: string;
  code: number | null;
  out: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: BuiltSite;
  }
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'site-'));
  const dir = path.join(root, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dir], {
    env: { ...process.env, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  project.provide('site', { dir, code: result.status, out: result.stdout + result.stderr });
  return () => rmSync(root, { recursive: true, force: true });
}
