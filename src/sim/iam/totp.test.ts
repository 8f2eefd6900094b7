import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32.ts';
import { fromUtf8, hex, hmac, sha1, sha256, utf8 } from './hmac.ts';
import { hotp, totp } from './totp.ts';

describe('hashes, HMAC and TOTP against the RFC test vectors', () => {
  it('SHA-1 and SHA-256 of "abc"', () => {
    expect(hex(sha1.digest(utf8('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha256.digest(utf8('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256.digest(utf8('a'.repeat(1000))))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
  });
  it('HMAC (RFC 4231 case 2, RFC 2202 case 2)', () => {
    const msg = utf8('what do ya want for nothing?');
    expect(hex(hmac(sha256, utf8('Jefe'), msg))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(hex(hmac(sha1, utf8('Jefe'), msg))).toBe('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
  });
  it('HOTP (RFC 4226 appendix D) and TOTP (RFC 6238 appendix B, SHA-1)', () => {
    const secret = utf8('12345678901234567890');
    expect([0, 1, 2, 9].map((c) => hotp(secret, c))).toEqual(['755224', '287082', '359152', '520489']);
    expect(totp(secret, 59_000)).toBe('287082');
    expect(totp(secret, 1_111_111_109_000)).toBe('081804');
    expect(totp(secret, 20_000_000_000_000)).toBe('353130');
  });
  it('base32 round-trips (RFC 4648 vector)', () => {
    expect(base32Encode(utf8('foobar'))).toBe('MZXW6YTBOI======');
    expect(fromUtf8(base32Decode('MZXW6YTBOI======') ?? new Uint8Array())).toBe('foobar');
  });
});
