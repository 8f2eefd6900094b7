/** MD5 (RFC 1321) of bytes, as 32 lower-case hex digits: what S3 puts in a single-part object's ETag. */
export function md5Hex(bytes: Uint8Array): string {
  const words = pad(bytes);
  let [a0, b0, c0, d0] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let chunk = 0; chunk < words.length; chunk += 16) {
    let [a, b, c, d] = [a0, b0, c0, d0];
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) [f, g] = [(b & c) | (~b & d), i];
      else if (i < 32) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
      else if (i < 48) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
      else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
      const sum = (a + f + (K[i] ?? 0) + (words[chunk + g] ?? 0)) | 0;
      [a, d, c] = [d, c, b];
      b = (b + rotl(sum, S[i] ?? 0)) | 0;
    }
    [a0, b0, c0, d0] = [(a0 + a) | 0, (b0 + b) | 0, (c0 + c) | 0, (d0 + d) | 0];
  }
  return [a0, b0, c0, d0].map(littleEndianHex).join('');
}

const S = [
  ...[7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22],
  ...[5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20],
  ...[4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23],
  ...[6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21],
];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** Message padded to a multiple of 64 bytes with the bit length appended, as little-endian 32-bit words. */
function pad(bytes: Uint8Array): number[] {
  const total = (((bytes.length + 8) >> 6) + 1) * 16;
  const words = new Array<number>(total).fill(0);
  bytes.forEach((byte, i) => {
    words[i >> 2] = (words[i >> 2] ?? 0) | (byte << ((i % 4) * 8));
  });
  words[bytes.length >> 2] = (words[bytes.length >> 2] ?? 0) | (0x80 << ((bytes.length % 4) * 8));
  const bits = bytes.length * 8;
  words[total - 2] = bits | 0;
  words[total - 1] = Math.floor(bits / 2 ** 32);
  return words;
}

function littleEndianHex(word: number): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += ((word >>> (i * 8)) & 0xff).toString(16).padStart(2, '0');
  return out;
}
