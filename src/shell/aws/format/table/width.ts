import { WIDE_RANGES } from './east-asian-wide.ts';

// east-asian-wide.ts was generated with:
//   python3 -c 'import unicodedata; ...' listing every code point whose
//   unicodedata.east_asian_width(ch) is in "WFA", merged into ranges.

/** [first, last] code points of the double-width ranges, ascending. */
const RANGES: [number, number][] = decode(WIDE_RANGES);

function decode(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let end = -1;
  for (const entry of text.split(' ')) {
    const [gap = '0', length = '0'] = entry.split('+');
    const first = end + 1 + Number.parseInt(gap, 36);
    end = first + Number.parseInt(length, 36);
    ranges.push([first, end]);
  }
  return ranges;
}

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = RANGES[mid] ?? [0, -1];
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Columns a text takes in the CLI's tables (aws-cli `table.get_text_length`): two for each
 * character whose East Asian Width is Wide, Fullwidth or Ambiguous, one for any other.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width += cp >= 0xa1 && isWide(cp) ? 2 : 1;
  }
  return width;
}
