import qrcode from 'qrcode/lib/core/qrcode.js';
import { utf8 } from './hmac.ts';
import { encodePng } from './png.ts';

/** Pixels per module: the 53-module symbol of an otpauth URI comes out 244 pixels square. */
const MODULE_PX = 4;
/** The light margin around the symbol, in modules (the four ISO/IEC 18004 asks for). */
const QUIET_ZONE = 4;

/** A QR code symbol of `size` × `size` modules. */
export interface QrSymbol {
  readonly size: number;
  readonly version: number;
  dark(row: number, col: number): boolean;
}

/** The QR symbol of `text`: one byte-mode segment of its UTF-8, error correction level M, the smallest version. */
export function qrSymbol(text: string): QrSymbol {
  const { modules, version } = qrcode.create([{ data: utf8(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  return { size: modules.size, version, dark: (row, col) => modules.get(row, col) === 1 };
}

/** A PNG of the QR code of `text`: black modules of MODULE_PX pixels on white, inside the quiet zone. */
export function qrCodePng(text: string): Uint8Array {
  const symbol = qrSymbol(text);
  const side = (symbol.size + 2 * QUIET_ZONE) * MODULE_PX;
  const moduleAt = (px: number) => Math.floor(px / MODULE_PX) - QUIET_ZONE;
  const inside = (m: number) => m >= 0 && m < symbol.size;
  return encodePng({
    width: side,
    height: side,
    dark: (x, y) => inside(moduleAt(x)) && inside(moduleAt(y)) && symbol.dark(moduleAt(y), moduleAt(x)),
  });
}
