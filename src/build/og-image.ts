/**
 * Link-preview images (OpenGraph, 1200×630 PNG), drawn at build time from the
 * content with satori and resvg and a font from an npm package: no external
 * service, no font from another host. Drawn in worker threads (one per core),
 * so that previews use every core while Astro waits for them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface OgBild {
  /** Small line above the title, e.g. "Projekt" or "Kommune". */
  art: string;
  titel: string;
  /** Facts shown as labelled boxes, e.g. ["Priorität II", "Status: In Umsetzung"]. */
  merkmale: string[];
  /** Site title and motto at the bottom. */
  fuss: string;
}

/**
 * Rendered images are kept by content hash in node_modules/.cache, so a rebuild draws only the previews
 * whose text changed (about 30 ms of one core each). Same input, same bytes: builds stay reproducible.
 */
export const OG_CACHE = path.resolve('node_modules/.cache/vorschaubilder');
const RENDER_VERSION = '2';

export async function ogPng(bild: OgBild): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([RENDER_VERSION, bild])).digest('hex');
  const cached = path.join(OG_CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await drawInPool(bild);
  mkdirSync(OG_CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

interface PoolWorker {
  worker: Worker;
  busy: boolean;
}
interface Job {
  bild: OgBild;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

let pool: PoolWorker[] | undefined;
const waiting: Job[] = [];

// Resolved from the project root like OG_CACHE: this module runs bundled by Astro, the worker as source.
const WORKER = path.resolve('src/build/og-worker.ts');

function start(): PoolWorker[] {
  return Array.from({ length: Math.max(1, os.availableParallelism()) }, () => {
    const worker = new Worker(WORKER);
    worker.unref(); // an idle pool never keeps the build process alive; a busy worker does (ref below)
    return { worker, busy: false };
  });
}

function next(slot: PoolWorker): void {
  const job = waiting.shift();
  if (!job) {
    slot.worker.unref();
    return;
  }
  slot.busy = true;
  slot.worker.ref();
  const done = (result: { png?: Uint8Array; fehler?: string } | Error) => {
    slot.worker.off('message', done);
    slot.worker.off('error', done);
    slot.busy = false;
    if (result instanceof Error || result.fehler !== undefined || !result.png) {
      job.reject(new Error(`Vorschaubild „${job.bild.titel}“ konnte nicht gezeichnet werden: ${result instanceof Error ? result.message : result.fehler}`));
    } else job.resolve(Buffer.from(result.png));
    next(slot);
  };
  slot.worker.on('message', done);
  slot.worker.on('error', done);
  slot.worker.postMessage(job.bild);
}

function drawInPool(bild: OgBild): Promise<Buffer> {
  pool ??= start();
  return new Promise((resolve, reject) => {
    waiting.push({ bild, resolve, reject });
    const idle = pool!.find((slot) => !slot.busy);
    if (idle) next(idle);
  });
}
