/** The line being edited: user-perceived characters and a cursor between them (0 … chars.length). */
export interface LineState {
  readonly chars: readonly string[];
  readonly cursor: number;
}

/** An edit's result: the new line, plus the text it removed when it was a kill (for Ctrl-Y). */
export interface EditResult extends LineState {
  readonly killed?: string;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /^\s$/u.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /^[\p{L}\p{N}\p{M}_]/u.test(ch);

/** Removes the characters between two positions; the cursor lands at the start of the gap. */
export function remove(state: LineState, from: number, to: number): EditResult {
  const [a, b] = from <= to ? [from, to] : [to, from];
  if (a === b) return state;
  return {
    chars: [...state.chars.slice(0, a), ...state.chars.slice(b)],
    cursor: a,
    killed: state.chars.slice(a, b).join(''),
  };
}

/** Start of the word left of the cursor: readline's `backward-word` (letters and digits make words). */
export function wordLeft(state: LineState): number {
  let i = state.cursor;
  while (i > 0 && !isWordChar(state.chars[i - 1])) i--;
  while (i > 0 && isWordChar(state.chars[i - 1])) i--;
  return i;
}

/** End of the word right of the cursor: readline's `forward-word`. */
export function wordRight(state: LineState): number {
  let i = state.cursor;
  while (i < state.chars.length && !isWordChar(state.chars[i])) i++;
  while (i < state.chars.length && isWordChar(state.chars[i])) i++;
  return i;
}

/** Start of the whitespace-delimited word left of the cursor: what Ctrl-W (`unix-word-rubout`) deletes. */
export function bigWordLeft(state: LineState): number {
  let i = state.cursor;
  while (i > 0 && isSpace(state.chars[i - 1])) i--;
  while (i > 0 && !isSpace(state.chars[i - 1])) i--;
  return i;
}
