/**
 * A small PNG writer for black-and-white images: 1-bit grayscale, one IDAT whose zlib stream holds stored
 * (uncompressed) deflate blocks. No compressor to carry; the QR codes it writes stay a few kilobytes.
 */

/** A black-and-white image: `dark(x, y)` pixels are black, the rest white. */
export interface Bitmap {
  readonly width: number;
  readonly height: number;
  dark(x: number, y: number): boolean;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The most bytes one stored deflate block holds (its LEN is 16 bits). */
const STORED_BLOCK_MAX = 0xffff;

// The same table-driven CRC-32 as src/shell/commands/zip-archive.ts: the sim may not import the shell.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC), as PNG chunks carry it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = (CRC_TABLE[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Adler-32, the checksum that ends a zlib stream. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4). */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / STORED_BLOCK_MAX));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  out.set([0x78, 0x01]); // deflate with a 32 KiB window, "fastest" level; 0x7801 is a multiple of 31 as FCHECK needs
  let at = 2;
  for (let i = 0; i < blocks; i++) {
    const start = i * STORED_BLOCK_MAX;
    const len = Math.min(STORED_BLOCK_MAX, data.length - start);
    out.set([i === blocks - 1 ? 1 : 0, len & 0xff, len >>> 8, ~len & 0xff, (~len >>> 8) & 0xff], at);
    out.set(data.subarray(start, start + len), at + 5);
    at += 5 + len;
  }
  out.set(u32(adler32(data)), at);
  return out;
}

/** One PNG chunk: length, type, data and the CRC of type + data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  body.set(Array.from(type, (c) => c.charCodeAt(0)));
  body.set(data, 4);
  const out = new Uint8Array(12 + data.length);
  out.set(u32(data.length));
  out.set(body, 4);
  out.set(u32(crc32(body)), 8 + data.length);
  return out;
}

/** The PNG file of `image`: 1-bit grayscale (0 black, 1 white), no interlace, filter type None on every row. */
export function encodePng(image: Bitmap): Uint8Array {
  const { width, height } = image;
  const stride = 1 + Math.ceil(width / 8);
  const raw = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = y * stride + 1 + (x >> 3);
      if (!image.dark(x, y)) raw[at] = (raw[at] as number) | (0x80 >> (x & 7));
    }
  const header = Uint8Array.from([...u32(width), ...u32(height), 1, 0, 0, 0, 0]);
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
