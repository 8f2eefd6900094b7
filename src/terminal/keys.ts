/** Editing commands a key can stand for; several byte sequences map to the same name. */
export type KeyName =
  | 'enter'
  | 'tab'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'word-left'
  | 'word-right'
  | 'kill-word-left'
  | 'kill-word-right'
  | 'escape'
  | `ctrl-${'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'k' | 'l' | 'n' | 'p' | 'r' | 's' | 't' | 'u' | 'w' | 'y'}`;

/** One decoded piece of input: typed text, a named key, or a bracketed paste. */
export type Key =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'key'; readonly name: KeyName }
  | { readonly kind: 'paste'; readonly text: string };

const controls: Record<string, KeyName> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x01': 'ctrl-a',
  '\x02': 'left',
  '\x03': 'ctrl-c',
  '\x04': 'ctrl-d',
  '\x05': 'ctrl-e',
  '\x06': 'right',
  '\x07': 'ctrl-g',
  '\x0b': 'ctrl-k',
  '\x0c': 'ctrl-l',
  '\x0e': 'down',
  '\x10': 'up',
  '\x12': 'ctrl-r',
  '\x13': 'ctrl-s',
  '\x14': 'ctrl-t',
  '\x15': 'ctrl-u',
  '\x17': 'ctrl-w',
  '\x19': 'ctrl-y',
};

// Escape sequences after the ESC byte: CSI (`[`), SS3 (`O`) and Alt+key (`ESC x`).
const sequences: Record<string, KeyName> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  '[H': 'home',
  '[F': 'end',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  OH: 'home',
  OF: 'end',
  '[1~': 'home',
  '[7~': 'home',
  '[4~': 'end',
  '[8~': 'end',
  '[3~': 'delete',
  '[1;5C': 'word-right',
  '[1;5D': 'word-left',
  '[1;3C': 'word-right',
  '[1;3D': 'word-left',
  b: 'word-left',
  f: 'word-right',
  d: 'kill-word-right',
  '\x7f': 'kill-word-left',
  '\b': 'kill-word-left',
};

const pasteStart = '\x1b[200~';
const pasteEnd = '\x1b[201~';
// A whole CSI sequence (parameters, intermediates, final byte) or SS3 plus one byte.
const csi = /^\[[0-?]*[ -/]*[@-~]|^O./;

/** Decodes terminal input into keys; keeps an unfinished bracketed paste until its end marker arrives. */
export interface KeyDecoder {
  decode(data: string): Key[];
}

/** Creates a decoder. It is stateful only across a bracketed paste split over several chunks. */
export function createKeyDecoder(): KeyDecoder {
  let paste: string | undefined;

  function decode(data: string): Key[] {
    const keys: Key[] = [];
    let text = '';
    const flush = () => {
      if (text) keys.push({ kind: 'text', text });
      text = '';
    };
    let i = 0;
    while (i < data.length) {
      if (paste !== undefined) {
        const end = data.indexOf(pasteEnd, i);
        if (end < 0) {
          paste += data.slice(i);
          break;
        }
        keys.push({ kind: 'paste', text: paste + data.slice(i, end) });
        paste = undefined;
        i = end + pasteEnd.length;
        continue;
      }
      const ch = data[i] ?? '';
      if (ch === '\x1b') {
        flush();
        if (data.startsWith(pasteStart, i)) {
          paste = '';
          i += pasteStart.length;
          continue;
        }
        const rest = data.slice(i + 1);
        const match = csi.exec(rest)?.[0] ?? rest.slice(0, 1);
        const name = match ? sequences[match] : 'escape';
        if (name) keys.push({ kind: 'key', name });
        i += 1 + match.length;
        continue;
      }
      const name = controls[ch];
      if (name) {
        flush();
        // A terminal sends Enter as `\r`; a pasted Windows line ending must not count twice.
        if (!(ch === '\n' && data[i - 1] === '\r')) keys.push({ kind: 'key', name });
      } else if (ch >= ' ') {
        text += ch;
      }
      i += 1;
    }
    flush();
    return keys;
  }

  return { decode };
}
