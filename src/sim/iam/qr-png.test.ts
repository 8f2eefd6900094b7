import { crc32, inflateSync } from 'node:zlib';
import qrcode from 'qrcode/lib/core/qrcode.js';
import { describe, expect, it } from 'vitest';
import { utf8 } from './hmac.ts';
import { qrCodePng, qrSymbol } from './qr-png.ts';

const URI =
  'otpauth://totp/Amazon%20Web%20Services:student@dev?secret=' +
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=Amazon%20Web%20Services';

type Chunk = { type: string; data: Buffer };

/** Splits a PNG into chunks, checking the signature and each chunk's CRC with node:zlib's own CRC-32. */
function chunks(png: Uint8Array): Chunk[] {
  const buf = Buffer.from(png);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const out: Chunk[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const typeAndData = buf.subarray(at + 4, at + 8 + length);
    expect(buf.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
    out.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return out;
}

/** Decodes a 1-bit grayscale PNG to rows of booleans (true = black). */
function pixels(png: Uint8Array): { width: number; height: number; dark: boolean[][] } {
  const [ihdr, ...rest] = chunks(png);
  expect(ihdr?.type).toBe('IHDR');
  expect(rest.map((c) => c.type)).toEqual(['IDAT', 'IEND']);
  const header = ihdr?.data as Buffer;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([1, 0, 0, 0, 0]); // bit depth 1, grayscale, deflate, filter 0, no interlace
  const zlib = rest[0]?.data as Buffer;
  const raw = inflateSync(zlib); // node checks the Adler-32 trailer
  const stride = 1 + Math.ceil(width / 8);
  expect(raw.length).toBe(height * stride);
  const dark = Array.from({ length: height }, (_, y) => {
    expect(raw[y * stride]).toBe(0); // filter type None
    return Array.from(
      { length: width },
      (_, x) => ((raw[y * stride + 1 + (x >> 3)] as number) & (0x80 >> (x & 7))) === 0,
    );
  });
  return { width, height, dark };
}

describe('qrCodePng: the QR code of a text as a PNG', () => {
  it('is a valid PNG: chunk CRCs, one zlib stream of stored deflate blocks, 1-bit grayscale', () => {
    const png = qrCodePng(URI);
    const idat = chunks(png)[1]?.data as Buffer;
    expect([idat[0], idat[1]]).toEqual([0x78, 0x01]);
    expect(idat[2]).toBe(1); // a final stored block: BFINAL 1, BTYPE 00
    const len = idat.readUInt16LE(3);
    expect(idat.readUInt16LE(5)).toBe(~len & 0xffff);
    expect(idat.length).toBe(2 + 5 + len + 4);
    const { width, height } = pixels(png);
    expect([width, height]).toEqual([244, 244]); // (53 modules + 2 × 4 quiet) × 4 px
  });

  it('encodes the text in one byte-mode segment at error correction M, the smallest version that holds it', () => {
    const symbol = qrcode.create([{ data: utf8(URI), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    expect(symbol.segments.map((s) => s.mode.id)).toEqual(['Byte']);
    expect(Buffer.from(symbol.segments[0]?.data as Uint8Array).toString('latin1')).toBe(URI);
    expect(symbol.errorCorrectionLevel.bit).toBe(0); // M
    expect([symbol.version, symbol.modules.size]).toEqual([9, 53]);
    expect(qrSymbol(URI)).toMatchObject({ version: 9, size: 53 });
  });

  it('draws every module as a 4 × 4 block inside a white quiet zone, matching the symbol', () => {
    const { dark } = pixels(qrCodePng(URI));
    const symbol = qrSymbol(URI);
    const module = (px: number) => Math.floor(px / 4) - 4;
    const inside = (m: number) => m >= 0 && m < symbol.size;
    const expected = dark.map((row, y) =>
      row.map((_, x) => inside(module(x)) && inside(module(y)) && symbol.dark(module(y), module(x))),
    );
    expect(dark).toEqual(expected);
    // The top-left finder pattern's top row: 7 dark modules, then the white separator.
    expect(dark[16]?.slice(16, 48)).toEqual([...Array(28).fill(true), ...Array(4).fill(false)]);
  });

  it('is deterministic: the same text gives the same bytes', () => {
    expect(Buffer.from(qrCodePng(URI)).equals(Buffer.from(qrCodePng(URI)))).toBe(true);
    expect(Buffer.from(qrCodePng(URI)).equals(Buffer.from(qrCodePng(`${URI}x`)))).toBe(false);
  });
});
