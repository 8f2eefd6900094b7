/**
 * SHA-1, SHA-256 and HMAC (RFC 2104) over bytes, in plain TypeScript: the pure core has no WebCrypto, and the
 * simulator's TOTP codes and token signatures must be computed synchronously. Not hardened: simulation only.
 */

/** A hash function over bytes. */
export interface Hash {
  readonly blockSize: number;
  digest(data: Uint8Array): Uint8Array;
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** Merkle–Damgård padding: 0x80, zeros, then the bit length as a 64-bit big-endian number. */
function pad(data: Uint8Array): DataView {
  const length = Math.ceil((data.length + 9) / 64) * 64;
  const bytes = new Uint8Array(length);
  bytes.set(data);
  bytes[data.length] = 0x80;
  const view = new DataView(bytes.buffer);
  view.setUint32(length - 8, Math.floor((data.length * 8) / 2 ** 32));
  view.setUint32(length - 4, (data.length * 8) >>> 0);
  return view;
}

function words(state: readonly number[]): Uint8Array {
  const out = new Uint8Array(state.length * 4);
  const view = new DataView(out.buffer);
  for (const [i, w] of state.entries()) view.setUint32(i * 4, w >>> 0);
  return out;
}

/** SHA-1 (FIPS 180-4). */
export const sha1: Hash = {
  blockSize: 64,
  digest(data) {
    const view = pad(data);
    const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
    const w = new Array<number>(80);
    for (let off = 0; off < view.byteLength; off += 64) {
      for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
      for (let i = 16; i < 80; i++)
        w[i] = rotl((w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0), 1);
      let [a, b, c, d, e] = h as [number, number, number, number, number];
      for (let i = 0; i < 80; i++) {
        const [f, k] =
          i < 20
            ? [(b & c) | (~b & d), 0x5a827999]
            : i < 40
              ? [b ^ c ^ d, 0x6ed9eba1]
              : i < 60
                ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
                : [b ^ c ^ d, 0xca62c1d6];
        const t = (rotl(a, 5) + f + e + k + (w[i] ?? 0)) | 0;
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
      }
      h[0] = ((h[0] ?? 0) + a) | 0;
      h[1] = ((h[1] ?? 0) + b) | 0;
      h[2] = ((h[2] ?? 0) + c) | 0;
      h[3] = ((h[3] ?? 0) + d) | 0;
      h[4] = ((h[4] ?? 0) + e) | 0;
    }
    return words(h);
  },
};

const K256 = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
];

/** SHA-256 (FIPS 180-4). */
export const sha256: Hash = {
  blockSize: 64,
  digest(data) {
    const view = pad(data);
    const h = [
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];
    const w = new Array<number>(64);
    for (let off = 0; off < view.byteLength; off += 64) {
      for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
      for (let i = 16; i < 64; i++) {
        const x = w[i - 15] ?? 0;
        const y = w[i - 2] ?? 0;
        const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
        const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
        w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) | 0;
      }
      const v = [...h] as [number, number, number, number, number, number, number, number];
      for (let i = 0; i < 64; i++) {
        const [a, b, c, d, e, f, g, hh] = v;
        const t1 =
          (hh +
            (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
            ((e & f) ^ (~e & g)) +
            (K256[i] ?? 0) +
            (w[i] ?? 0)) |
          0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        v[7] = g;
        v[6] = f;
        v[5] = e;
        v[4] = (d + t1) | 0;
        v[3] = c;
        v[2] = b;
        v[1] = a;
        v[0] = (t1 + t2) | 0;
      }
      for (let i = 0; i < 8; i++) h[i] = ((h[i] ?? 0) + (v[i] ?? 0)) | 0;
    }
    return words(h);
  },
};

/** HMAC (RFC 2104) of `message` under `key`. */
export function hmac(hash: Hash, key: Uint8Array, message: Uint8Array): Uint8Array {
  const k = new Uint8Array(hash.blockSize);
  k.set(key.length > hash.blockSize ? hash.digest(key) : key);
  const inner = new Uint8Array(hash.blockSize + message.length);
  for (let i = 0; i < hash.blockSize; i++) inner[i] = (k[i] ?? 0) ^ 0x36;
  inner.set(message, hash.blockSize);
  const innerDigest = hash.digest(inner);
  const outer = new Uint8Array(hash.blockSize + innerDigest.length);
  for (let i = 0; i < hash.blockSize; i++) outer[i] = (k[i] ?? 0) ^ 0x5c;
  outer.set(innerDigest, hash.blockSize);
  return hash.digest(outer);
}

/** UTF-8 bytes of a string (no TextEncoder in the pure core's lib). */
export function utf8(text: string): Uint8Array {
  return Uint8Array.from(encodeURIComponent(text).match(/%[0-9A-F]{2}|[^%]/g) ?? [], (part) =>
    part.length === 3 ? Number.parseInt(part.slice(1), 16) : part.charCodeAt(0),
  );
}

/** Decodes UTF-8 bytes; throws URIError on invalid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string {
  return decodeURIComponent(Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
}

/** Lower-case hex of bytes. */
export const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
