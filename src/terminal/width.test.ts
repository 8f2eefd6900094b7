import { describe, expect, it } from 'vitest';
import { graphemes, stringWidth, unicode6Width, unicode11Width } from './width.ts';

const cp = (ch: string) => ch.codePointAt(0) ?? 0;

describe('character widths', () => {
  it('counts ASCII and accented letters as one cell, CJK as two, combining marks as none', () => {
    expect(stringWidth('abc', unicode6Width)).toBe(3);
    expect(stringWidth('héllo', unicode6Width)).toBe(5);
    expect(stringWidth('日本語', unicode6Width)).toBe(6);
    expect(stringWidth('e\u0301', unicode6Width)).toBe(1);
    expect(unicode6Width(cp('\u200d'))).toBe(0);
  });

  it('counts emoji as xterm does by default (one cell) or with Unicode 11 widths (two)', () => {
    expect(unicode6Width(cp('😀'))).toBe(1);
    expect(unicode11Width(cp('😀'))).toBe(2);
    expect(unicode11Width(cp('a'))).toBe(1);
  });
});

describe('graphemes', () => {
  it('keeps surrogate pairs, combining marks and emoji sequences whole', () => {
    expect(graphemes('a😀e\u0301👩‍💻')).toEqual(['a', '😀', 'e\u0301', '👩‍💻']);
  });
});
