import { describe, expect, it } from 'vitest';
import { layout, moveBetween } from './render.ts';
import { graphemes, unicode6Width } from './width.ts';

const place = (prompt: string, line: string, cols: number) =>
  layout({ prompt, chars: graphemes(line) }, cols, unicode6Width);

describe('layout', () => {
  it('places characters after the prompt and wraps at the margin', () => {
    const { starts, pendingWrap } = place('$ ', 'abcdefgh', 6);
    expect(starts.map((c) => `${c.row}:${c.col}`)).toEqual([
      '0:2',
      '0:3',
      '0:4',
      '0:5',
      '1:0',
      '1:1',
      '1:2',
      '1:3',
      '1:4',
    ]);
    expect(pendingWrap).toBe(false);
  });

  it('reports a line ending exactly at the margin, with its end on the next row', () => {
    const { starts, pendingWrap } = place('$ ', 'abcd', 6);
    expect(pendingWrap).toBe(true);
    expect(starts.at(-1)).toEqual({ row: 1, col: 0 });
  });

  it('moves a wide character that would straddle the margin to the next row', () => {
    const { starts } = place('$ ', 'abc日', 6);
    expect(starts.at(3)).toEqual({ row: 1, col: 0 });
    expect(starts.at(-1)).toEqual({ row: 1, col: 2 });
  });

  it('ignores colour escapes in the prompt and follows its line breaks', () => {
    expect(place('\x1b[1;32mlab\x1b[0m $ ', 'x', 20).starts[0]).toEqual({ row: 0, col: 6 });
    expect(place('~/lab\n$ ', 'x', 20).starts[0]).toEqual({ row: 1, col: 2 });
  });
});

describe('moveBetween', () => {
  it('moves along a row, or up/down and then across from column 0', () => {
    expect(moveBetween({ row: 0, col: 5 }, { row: 0, col: 2 })).toBe('\x1b[3D');
    expect(moveBetween({ row: 0, col: 2 }, { row: 0, col: 5 })).toBe('\x1b[3C');
    expect(moveBetween({ row: 2, col: 3 }, { row: 0, col: 4 })).toBe('\x1b[2A\r\x1b[4C');
    expect(moveBetween({ row: 0, col: 3 }, { row: 1, col: 0 })).toBe('\x1b[1B\r');
    expect(moveBetween({ row: 1, col: 1 }, { row: 1, col: 1 })).toBe('');
  });
});
