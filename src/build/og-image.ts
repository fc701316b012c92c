/**
 * Link-preview images (OpenGraph, 1200×630 PNG), drawn at build time from the
 * content with satori and resvg and a font from an npm package: no external
 * service, no font from another host.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { palettePng } from './png.ts';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

export interface OgBild {
  /** Small line above the title, e.g. "Projekt" or "Kommune". */
  art: string;
  titel: string;
  /** Facts shown as labelled boxes, e.g. ["Priorität II", "Status: In Umsetzung"]. */
  merkmale: string[];
  /** Site title and motto at the bottom. */
  fuss: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/**
 * Rendered images are kept by content hash in node_modules/.cache, so a rebuild draws only the previews
 * whose text changed (about 30 ms each). Same input, same bytes: builds stay reproducible.
 */
export const OG_CACHE = path.resolve('node_modules/.cache/vorschaubilder');
const RENDER_VERSION = '2';

export async function ogPng(bild: OgBild): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([RENDER_VERSION, bild])).digest('hex');
  const cached = path.join(OG_CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await drawPng(bild);
  mkdirSync(OG_CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

async function drawPng(bild: OgBild): Promise<Buffer> {
  fonts ??= [
    { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
  ];
  const titleSize = bild.titel.length > 70 ? 52 : 64;
  const tree = el('div', { width: 1200, height: 630, display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#0b0c0c', fontFamily: 'Noto Sans' }, [
    el('div', { height: 24, background: '#1d4f91' }),
    el('div', { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '48px 64px' }, [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 32, color: '#505a5f' }, bild.art),
        el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, marginTop: 12 }, bild.titel),
      ]),
      el('div', { display: 'flex', flexWrap: 'wrap', gap: 16 }, bild.merkmale.map((m) => el('div', { fontSize: 30, fontWeight: 700, border: '4px solid #0b0c0c', padding: '6px 18px' }, m))),
      el('div', { fontSize: 28, color: '#505a5f' }, bild.fuss),
    ]),
  ]);
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts });
  // Rasterised on libuv's thread pool: with build.concurrency, the next image's layout runs meanwhile.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: 1200 } });
  return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}
