import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { palettePng } from '../../src/build/png.ts';

/** Reads a palette PNG back into RGBA pixels (enough of PNG for what palettePng writes). */
function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.set(png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const ihdr = chunks.get('IHDR')!;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect(ihdr[9]).toBe(3);
  const plte = chunks.get('PLTE')!;
  const raw = inflateSync(chunks.get('IDAT')!);
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x]!;
      plte.copy(rgba, (y * width + x) * 4, i * 3, i * 3 + 3);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, colours: plte.length / 3, rgba };
}

const image = (width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]) => {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(colour(x, y), (y * width + x) * 4);
  return rgba;
};

describe('palette PNG for link previews', () => {
  it('keeps every pixel exactly (lossless) with one palette entry per colour', () => {
    const rgba = image(7, 5, (x, y) => (y === 0 ? [29, 79, 145, 255] : x === y ? [11, 12, 12, 255] : [255, 255, 255, 255]));
    const decoded = decode(palettePng(rgba, 7, 5)!);
    expect([decoded.width, decoded.height, decoded.colours]).toEqual([7, 5, 3]);
    expect(new Uint8Array(decoded.rgba)).toEqual(rgba);
  });

  it('declines images it cannot store exactly: more than 256 colours, or transparency', () => {
    expect(palettePng(image(300, 1, (x) => [x % 256, x >> 8, 0, 255]), 300, 1)).toBeUndefined();
    expect(palettePng(image(2, 2, (x) => [0, 0, 0, x === 1 ? 128 : 255]), 2, 2)).toBeUndefined();
  });
});
