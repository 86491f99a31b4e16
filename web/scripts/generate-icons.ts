/**
 * Writes the web app icons (web/public/icons/icon-192.png, icon-512.png, icon.svg): a white "P" on the theme teal,
 * drawn from rectangles so no image library is needed. Run: node --import tsx web/scripts/generate-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x08, 0x7f, 0x5b] as const;
const OUT = new URL('../public/icons/', import.meta.url);
/** The "P" on a 16×16 grid, inside the maskable safe zone: stem, top bar, bowl side and middle bar. */
const RECTS = [
  [5, 3, 2, 10],
  [5, 3, 6, 2],
  [9, 3, 2, 6],
  [5, 7, 6, 2],
] as const;

function crcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}
const TABLE = crcTable();
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const inP = (x: number, y: number, size: number) =>
  RECTS.some(
    ([rx, ry, w, h]) =>
      x >= (rx * size) / 16 && x < ((rx + w) * size) / 16 && y >= (ry * size) / 16 && y < ((ry + h) * size) / 16,
  );

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const colour = inP(x, y, size) ? [255, 255, 255] : TEAL;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" role="img" aria-label="Pamong"><title>Pamong</title><rect width="16" height="16" fill="#087f5b"/>${RECTS.map(
  ([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff"/>`,
).join('')}</svg>\n`;

writeFileSync(new URL('icon-192.png', OUT), png(192));
writeFileSync(new URL('icon-512.png', OUT), png(512));
writeFileSync(new URL('icon.svg', OUT), svg);
