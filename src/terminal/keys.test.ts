import { describe, expect, it } from 'vitest';
import { createKeyDecoder, type Key } from './keys.ts';

const decode = (...chunks: string[]): Key[] => {
  const decoder = createKeyDecoder();
  return chunks.flatMap((c) => decoder.decode(c));
};
const key = (name: string) => ({ kind: 'key', name });

describe('key decoder', () => {
  it('groups printable text and names control keys', () => {
    expect(decode('ls\r')).toEqual([{ kind: 'text', text: 'ls' }, key('enter')]);
    expect(decode('\x7f\x01\x05\x17\x15\x0b\x19\x0c\x03\x04\t')).toEqual(
      [
        'backspace',
        'ctrl-a',
        'ctrl-e',
        'ctrl-w',
        'ctrl-u',
        'ctrl-k',
        'ctrl-y',
        'ctrl-l',
        'ctrl-c',
        'ctrl-d',
        'tab',
      ].map(key),
    );
  });

  it('reads the several encodings of arrows, Home, End and Delete', () => {
    expect(decode('\x1b[D\x1bOD\x1b[C\x1b[A\x1bOB').map((k) => k.kind === 'key' && k.name)).toEqual([
      'left',
      'left',
      'right',
      'up',
      'down',
    ]);
    expect(decode('\x1b[H\x1b[1~\x1bOH\x1b[F\x1b[4~\x1b[3~')).toEqual(
      ['home', 'home', 'home', 'end', 'end', 'delete'].map(key),
    );
  });

  it('reads word movement from Alt and Ctrl with arrows', () => {
    expect(decode('\x1bb\x1bf\x1b[1;5D\x1b[1;5C\x1bd\x1b\x7f')).toEqual(
      ['word-left', 'word-right', 'word-left', 'word-right', 'kill-word-right', 'kill-word-left'].map(key),
    );
  });

  it('swallows sequences it does not know, whole', () => {
    expect(decode('a\x1b[15~b\x1b[1;2Pc')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'b' },
      { kind: 'text', text: 'c' },
    ]);
  });

  it('keeps non-ASCII text intact', () => {
    expect(decode('héllo 日本 😀')).toEqual([{ kind: 'text', text: 'héllo 日本 😀' }]);
  });

  it('reads a bracketed paste as one piece, even split across chunks', () => {
    expect(decode('x\x1b[200~a\nb', '\tc\x1b[201~y')).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'paste', text: 'a\nb\tc' },
      { kind: 'text', text: 'y' },
    ]);
  });

  it('counts a CRLF line ending as one Enter', () => {
    expect(decode('a\r\nb')).toEqual([
      { kind: 'text', text: 'a' },
      key('enter'),
      { kind: 'text', text: 'b' },
    ]);
  });
});
