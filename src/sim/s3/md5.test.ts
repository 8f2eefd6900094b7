import { describe, expect, it } from 'vitest';
import { utf8 } from './body.ts';
import { md5Hex } from './md5.ts';

describe('md5Hex', () => {
  it('matches the RFC 1321 test suite', () => {
    expect(md5Hex(utf8(''))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex(utf8('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex(utf8('message digest'))).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5Hex(utf8('1234567890'.repeat(8)))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });
});
