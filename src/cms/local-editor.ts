/**
 * The CMS against a local folder: Decap's proxy server (decap-server) on
 * 127.0.0.1 writes straight into the repository folder, and a small file server
 * on 127.0.0.1 serves /admin/ (configured for that proxy) and, when a built site
 * is given, its stylesheets for the preview. Used by `npm run redaktion` and the
 * browser tests (on a copy of a fixture, never the real content).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_DIR, stylesheetsOf, writeAdmin } from './admin-files.ts';

const HOST = '127.0.0.1';

export interface LocalEditorOptions {
  /** Root of the repository (or of the copy) the proxy writes into. */
  repoDir: string;
  /** The content folder relative to repoDir. */
  contentRoot: string;
  /** "git": editorial workflow with branches in the local repository; "fs": files only. */
  mode: 'git' | 'fs';
  branch?: string;
  /** A built site to serve alongside /admin/ (its stylesheets style the preview). */
  siteDir?: string;
  /** Port of the file server (0: any free port). */
  port?: number;
  proxyPort?: number;
  /** Called with every line the proxy server logs. */
  log?: (line: string) => void;
}

export interface LocalEditor {
  /** Address of /admin/. */
  url: string;
  proxyUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.yml': 'text/yaml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, HOST, resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitForProxy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`Der Proxy-Server (decap-server) ist beendet: ${output()}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Der Proxy-Server (decap-server) antwortet nicht: ${output()}`);
}

export async function startLocalEditor(options: LocalEditorOptions): Promise<LocalEditor> {
  const proxyPort = options.proxyPort || (await freePort());
  const proxyUrl = `http://${HOST}:${proxyPort}/api/v1`;
  const require = createRequire(import.meta.url);
  const serverScript = path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js');
  let output = '';
  const child = spawn(process.execPath, [serverScript], {
    // decap-server reads a .env file from its working directory: start it in the repository folder.
    cwd: options.repoDir,
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: HOST, MODE: options.mode, GIT_REPO_DIRECTORY: options.repoDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-4000);
    for (const line of text.split('\n')) if (line.trim()) options.log?.(line);
  };
  // Never leave the proxy running when this process ends, however it ends.
  const stopChild = () => child.exitCode === null && child.kill();
  process.once('exit', stopChild);
  child.once('exit', () => process.off('exit', stopChild));
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);

  const adminRoot = mkdtempSync(path.join(os.tmpdir(), 'redaktion-'));
  try {
    await waitForProxy(proxyUrl, child, () => output);
    const previewStyles = options.siteDir ? stylesheetsOf(path.join(options.siteDir, 'index.html')) : [];
    writeAdmin(adminRoot, {
      connectSrc: [`http://${HOST}:${proxyPort}`],
      previewStyles,
      config: { contentRoot: options.contentRoot, branch: options.branch ?? 'main', localBackend: proxyUrl, editorialWorkflow: options.mode === 'git' },
    });
  } catch (error) {
    child.kill();
    rmSync(adminRoot, { recursive: true, force: true });
    throw error;
  }

  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const root = pathname.startsWith(`/${ADMIN_DIR}/`) || pathname === `/${ADMIN_DIR}` || !options.siteDir ? adminRoot : options.siteDir;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (pathname === '/' && !options.siteDir) {
      res.writeHead(302, { location: `/${ADMIN_DIR}/` }).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/${ADMIN_DIR}/`,
    proxyUrl,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections?.();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(adminRoot, { recursive: true, force: true });
    },
  };
}
