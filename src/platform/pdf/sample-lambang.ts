import { crc32, deflateSync } from 'node:zlib';

/** A made-up shield emblem for demos and tests: not any real lambang daerah. */

const WIDTH = 124;
const HEIGHT = 144;
type Rgb = readonly [number, number, number];
// Opaque RGB on white: pdfkit embeds such a PNG as it is, while an alpha channel costs a full decode per document.
const PAPER: Rgb = [255, 255, 255];
const GOLD: Rgb = [212, 160, 23];
const GREEN: Rgb = [27, 110, 58];
const WHITE: Rgb = [255, 255, 255];

/** Half the shield's width at row `y`, for a shield `inset` pixels inside the outline. */
function shieldHalfWidth(y: number, inset: number): number {
  const top = inset;
  const shoulder = HEIGHT * 0.5;
  const bottom = HEIGHT - inset * 1.6;
  const full = WIDTH / 2 - inset;
  if (y < top || y > bottom) return -1;
  if (y <= shoulder) return full;
  return full * Math.sqrt(Math.max(0, 1 - ((y - shoulder) / (bottom - shoulder)) ** 2));
}

function pixelAt(x: number, y: number): Rgb {
  const dx = Math.abs(x + 0.5 - WIDTH / 2);
  if (dx > shieldHalfWidth(y, 0)) return PAPER;
  if (dx > shieldHalfWidth(y, 7)) return GOLD;
  const sun = Math.hypot(x + 0.5 - WIDTH / 2, y + 0.5 - HEIGHT * 0.42);
  if (sun < 20) return GOLD;
  if (y > HEIGHT * 0.68 && Math.floor(y / 6) % 2 === 0) return WHITE;
  return GREEN;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw = Buffer.alloc(HEIGHT * (1 + WIDTH * 3));
  for (let y = 0; y < HEIGHT; y++) {
    const row = y * (1 + WIDTH * 3);
    for (let x = 0; x < WIDTH; x++) raw.set(pixelAt(x, y), row + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The placeholder lambang as PNG bytes (124 × 144 px), built in memory. */
export const sampleLambangPng: Uint8Array = new Uint8Array(encodePng());
