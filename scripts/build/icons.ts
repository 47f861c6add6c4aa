/**
 * Draws Backstory's toolbar icon at any size and encodes it as PNG, so the repository holds no
 * binary art. The glyph: a rounded navy tile with three lines of "text" and an amber marker on the
 * middle one, the in-page mark the extension draws on matched passages.
 */
import { deflateSync } from 'node:zlib';

const NAVY: Rgba = [27, 42, 74, 255];
const PAPER: Rgba = [244, 241, 232, 255];
const AMBER: Rgba = [240, 176, 32, 255];
type Rgba = [number, number, number, number];

/** RGBA pixels of the icon at `size`×`size`. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const radius = size * 0.2;
  const inRoundedSquare = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const lines = [
    { y: 0.28, x0: 0.2, x1: 0.8 },
    { y: 0.5, x0: 0.2, x1: 0.8 },
    { y: 0.72, x0: 0.2, x1: 0.6 },
  ];
  const half = Math.max(0.5, size * 0.055);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let color: Rgba | null = inRoundedSquare(cx, cy) ? NAVY : null;
      if (color) {
        for (const [i, line] of lines.entries()) {
          if (Math.abs(cy - line.y * size) <= half * (i === 1 ? 2.2 : 1) && cx >= line.x0 * size && cx <= line.x1 * size) {
            color = i === 1 ? AMBER : PAPER;
          }
        }
      }
      if (color) px.set(color, (y * size + x) * 4);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** PNG bytes for an RGBA image. */
export function encodePng(rgba: Uint8Array, size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
