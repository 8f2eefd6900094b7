/** A 1-based line and column in a policy document's text, as the simulator's `Position` shape. */
export interface Position {
  readonly Line: number;
  readonly Column: number;
}

/** Where one statement sits in the document text. */
export interface StatementSpan {
  readonly start: Position;
  readonly end: Position;
}

/**
 * The text span of each statement, in statement order, the way IAM's simulator reports them. Both ends are the
 * position just after a token (a streaming JSON parser's "current location"), checked against AWS's own examples:
 * - a lone statement object (`"Statement":{…}`): start just after its `{`, end just after its `}` — the AWS CLI
 *   example of simulate-custom-policy gives 1:38–1:167 for a one-line document whose braces sit at 37 and 166;
 * - statements in an array: the first starts just after the `[` — AdministratorAccess (`"Statement": [` on line 3)
 *   gives 3:17–8:6 in real transcripts, and a 4-space-indented four-member statement gives 3:19–9:10 as in the CLI's
 *   simulate-principal-policy example; each later one starts just after the previous `}` (unverified).
 * Returns an empty list when the text is not a JSON object with a `Statement` member (stored documents always are).
 */
export function statementSpans(text: string): StatementSpan[] {
  const scan = new Scanner(text);
  if (!scan.skipTo('{')) return [];
  scan.next();
  while (scan.skipWhitespace() && scan.peek() === '"') {
    const key = scan.readString();
    scan.skipWhitespace();
    scan.next(); // ':'
    scan.skipWhitespace();
    if (key !== 'Statement') {
      scan.skipValue();
    } else if (scan.peek() === '{') {
      scan.next();
      const start = scan.position();
      scan.skipObjectBody();
      return [{ start, end: scan.position() }];
    } else if (scan.peek() === '[') {
      scan.next();
      const spans: StatementSpan[] = [];
      let start = scan.position();
      while (scan.skipWhitespace() && scan.peek() !== ']') {
        if (scan.peek() === ',') {
          scan.next();
          continue;
        }
        scan.skipValue();
        const end = scan.position();
        spans.push({ start, end });
        start = end;
      }
      return spans;
    } else return [];
    scan.skipWhitespace();
    if (scan.peek() === ',') scan.next();
  }
  return [];
}

/** A cursor over JSON text that tracks line and column. */
class Scanner {
  #text: string;
  #i = 0;
  #line = 1;
  #column = 1;

  constructor(text: string) {
    this.#text = text;
  }

  peek(): string | undefined {
    return this.#text[this.#i];
  }

  /** The position of the next character. */
  position(): Position {
    return { Line: this.#line, Column: this.#column };
  }

  next(): string | undefined {
    const c = this.#text[this.#i++];
    if (c === '\n') {
      this.#line++;
      this.#column = 1;
    } else if (c !== undefined) this.#column++;
    return c;
  }

  /** Skips whitespace; false at the end of the text. */
  skipWhitespace(): boolean {
    while (this.#i < this.#text.length && /\s/.test(this.#text[this.#i] ?? '')) this.next();
    return this.#i < this.#text.length;
  }

  skipTo(c: string): boolean {
    while (this.#i < this.#text.length && this.#text[this.#i] !== c) this.next();
    return this.#i < this.#text.length;
  }

  readString(): string {
    this.next();
    let out = '';
    for (let c = this.next(); c !== undefined && c !== '"'; c = this.next()) {
      out += c === '\\' ? `\\${this.next() ?? ''}` : c;
    }
    return out;
  }

  /** Skips one JSON value (string, object, array or literal). */
  skipValue(): void {
    this.skipWhitespace();
    const c = this.peek();
    if (c === '"') this.readString();
    else if (c === '{' || c === '[') {
      this.next();
      this.skipObjectBody();
    } else {
      while (this.#i < this.#text.length && !/[\s,\]}]/.test(this.#text[this.#i] ?? '')) this.next();
    }
  }

  /** Skips to just after the bracket that closes the one already consumed. */
  skipObjectBody(): void {
    let depth = 1;
    while (depth > 0 && this.#i < this.#text.length) {
      const c = this.peek();
      if (c === '"') {
        this.readString();
        continue;
      }
      this.next();
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
    }
  }
}
