import { describe, expect, it } from 'vitest';
import { byteLength, decodeBytes, encodeBytes, joinBytes } from './bytes.ts';

describe('bytes in the shell’s strings (surrogateescape)', () => {
  it('round-trips every byte sequence, decoding valid UTF-8 and escaping the rest', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    };
    for (let n = 0; n < 300; n++) {
      const bytes = Uint8Array.from({ length: n % 40 }, random);
      const text = decodeBytes(bytes);
      expect(encodeBytes(text)).toEqual(bytes);
      expect(byteLength(text)).toBe(bytes.length);
    }
    expect(decodeBytes(Uint8Array.from([0x63, 0xc3, 0xa9, 0xff, 0xed, 0xa0, 0x80]))).toBe(
      'c\u00e9\udcff\udced\udca0\udc80',
    );
  });

  it('counts text as UTF-8 and joins escaped bytes that form a character', () => {
    expect(byteLength('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(joinBytes('caf\udcc3\udca9')).toBe('café');
    expect(encodeBytes('\ud800')).toEqual(Uint8Array.from([0xef, 0xbf, 0xbd]));
  });
});
