/**
 * PNG with a colour palette for images of few colours (the link previews: flat
 * colours and the grey steps of anti-aliased text). Lossless, less than half
 * the bytes of a true-colour PNG and faster to compress; undefined when the
 * image has more than 256 colours or any transparency.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/** `rgba`: width × height pixels, 4 bytes each (as resvg renders them). */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const index = new Map<number, number>();
  const palette: number[] = [];
  // One filter byte (0: none) before each row of palette indexes.
  const raw = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++) {
      const colour = pixels[y * width + x]!;
      if (colour !== last) {
        if (rgba[(y * width + x) * 4 + 3] !== 255) return undefined;
        let i = index.get(colour);
        if (i === undefined) {
          if (palette.length === 256) return undefined;
          i = palette.length;
          palette.push(colour);
          index.set(colour, i);
        }
        last = colour;
        lastIndex = i;
      }
      raw[row + x] = lastIndex;
    }
  }
  const plte = Buffer.alloc(palette.length * 3);
  // A pixel read as one little-endian number is R | G << 8 | B << 16 | A << 24.
  palette.forEach((colour, i) => {
    plte[i * 3] = colour & 0xff;
    plte[i * 3 + 1] = (colour >>> 8) & 0xff;
    plte[i * 3 + 2] = (colour >>> 16) & 0xff;
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per palette index
  ihdr[9] = 3; // colour type: palette
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}
