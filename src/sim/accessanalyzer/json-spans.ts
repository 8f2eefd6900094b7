/** A position in a document: 1-based line, 0-based column and offset (Access Analyzer's `Position`). */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Where a JSON value starts and ends (end exclusive). */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

/**
 * The span of every value in a JSON text by its path (`Statement[0].Resource`, `Version`; the root is ``), found by a
 * small scanner that follows the JSON grammar. Keys match case-sensitively, as written. Returns an empty map for text
 * that is not JSON (the caller reports the syntax error).
 */
export function jsonSpans(text: string): ReadonlyMap<string, Span> {
  const spans = new Map<string, Span>();
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw new SyntaxError('not JSON');
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '"') fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (text[i] !== '}') {
        ws();
        if (text[i] !== '"') fail();
        const key = string();
        ws();
        if (text[i++] !== ':') fail();
        value(path === '' ? key : `${path}.${key}`);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      let n = 0;
      while (text[i] !== ']') {
        value(`${path}[${n++}]`);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail();
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      const m = /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
      if (!m) fail();
      i += m?.[0].length ?? 0;
    }
    spans.set(path, { start: position(text, start), end: position(text, i) });
  };
  try {
    value('');
  } catch {
    return new Map();
  }
  return spans;
}

/** The position of `offset` in `text`. */
export function position(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart, offset };
}
