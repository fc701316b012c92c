/**
 * Draws one link-preview image (1200×630): layout with satori, rasterised by
 * resvg, stored as a palette PNG. Runs in the worker threads of og-image.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { OgBild } from './og-image.ts';
import { palettePng } from './png.ts';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export async function drawPng(bild: OgBild): Promise<Buffer> {
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
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render();
  return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}
