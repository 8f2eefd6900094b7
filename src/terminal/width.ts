/** Cells a code point takes on screen: 0 (combining, control), 1, or 2 (wide). */
export type CharWidth = (codePoint: number) => 0 | 1 | 2;

// Zero-width: combining marks, enclosing marks, format characters (ZWJ, bidi marks, BOM), variation selectors.
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const pictographic = /^\p{Extended_Pictographic}$/u;

// East Asian wide and fullwidth ranges as xterm's default (Unicode 6) provider counts them.
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3040, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  return wideRanges.some(([from, to]) => cp >= from && cp <= to);
}

/**
 * Width as xterm.js counts it by default (its Unicode 6 provider): CJK is wide, emoji take one cell.
 * This is what `@xterm/headless` and a plain browser `Terminal` show.
 */
export const unicode6Width: CharWidth = (cp) => {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x7f) return 1;
  const ch = String.fromCodePoint(cp);
  if (zeroWidth.test(ch)) return 0;
  return isWide(cp) ? 2 : 1;
};

/** Width as a terminal with Unicode 11 widths counts it (xterm's unicode11 addon): emoji are wide too. */
export const unicode11Width: CharWidth = (cp) => {
  const base = unicode6Width(cp);
  return base === 1 && cp >= 0x1f000 && pictographic.test(String.fromCodePoint(cp)) ? 2 : base;
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into user-perceived characters, so the cursor never lands inside an emoji or an accent. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Cells a string takes, summed code point by code point. */
export function stringWidth(text: string, width: CharWidth): number {
  let cells = 0;
  for (const ch of text) cells += width(ch.codePointAt(0) ?? 0);
  return cells;
}
