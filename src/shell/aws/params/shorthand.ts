import { setKey } from './python.ts';

/**
 * The AWS CLI's shorthand syntax (`Key=Team,Value=Security`, `Tags=[{Key=a,Value=b}]`,
 * `Variables={A=b}`), parsed purely by syntax as awscli/shorthand.py's ShorthandParser does, with
 * its error messages. Values are strings, lists and objects; the model-driven fix-ups come later.
 */
export type ShorthandResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

class ShorthandError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

const START_WORD = String.raw`!#-&(-+\--<>-Z\\-z|-\uffff`;
const FIRST_FOLLOW = String.raw`\s!#-&(-+\--\\^-|~-\uffff`;
const SECOND_FOLLOW = String.raw`\s!#-&(-+\--<>-\uffff`;
const ESCAPED_COMMA = String.raw`(\\,)`;
const FIRST_VALUE = new RegExp(
  `(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${FIRST_FOLLOW}])*`,
  'y',
);
const SECOND_VALUE = new RegExp(
  `(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${SECOND_FOLLOW}])*`,
  'y',
);
const SINGLE_QUOTED = /'(?:\\\\|\\'|[^'])*'/y;
const DOUBLE_QUOTED = /"(?:\\\\|\\"|[^"])*"/y;
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/u;
const WHITESPACE = /\s/u;
const NAMES = new Map<RegExp, string>([
  [FIRST_VALUE, 'first'],
  [SECOND_VALUE, 'second'],
  [SINGLE_QUOTED, 'singled quoted'],
  [DOUBLE_QUOTED, 'double quoted'],
]);

/** Parses one shorthand value, e.g. `Name=tag:Team,Values=a,b`. */
export function parseShorthand(input: string): ShorthandResult {
  try {
    return { ok: true, value: new Parser(input).parameter() };
  } catch (error) {
    if (error instanceof ShorthandError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Where the parse stopped: the input with a caret under the index, as ShorthandParseError shows it. */
function errorLocation(value: string, index: number): string {
  let consumed = value;
  let remaining = '';
  let spaces = index;
  const before = value.slice(0, index);
  if (before.includes('\n')) spaces = index - before.lastIndexOf('\n') - 1;
  const after = value.slice(index);
  if (after.includes('\n')) {
    const next = index + after.indexOf('\n');
    consumed = value.slice(0, next);
    remaining = value.slice(next);
  }
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

function rstrip(text: string): string {
  return text.replace(/\s+$/u, '');
}

class Parser {
  private readonly input: string;
  private index = 0;

  constructor(input: string) {
    this.input = input;
  }

  parameter(): Record<string, unknown> {
    const params: Record<string, unknown> = {};
    const [key, value] = this.keyval();
    setKey(params, key, value);
    let lastIndex = this.index;
    while (this.index < this.input.length) {
      this.expect(',', true);
      const [nextKey, nextValue] = this.keyval();
      if (Object.hasOwn(params, nextKey)) {
        throw new ShorthandError(
          `Second instance of key "${nextKey}" encountered for input:\n${errorLocation(this.input, lastIndex + 1)}\n` +
            'This is often because there is a preceding "," instead of a space.',
        );
      }
      setKey(params, nextKey, nextValue);
      lastIndex = this.index;
    }
    return params;
  }

  private keyval(): [string, unknown] {
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
  }

  private key(): string {
    const start = this.index;
    while (!this.atEof() && KEY_CHARS.test(this.current())) this.index++;
    return this.input.slice(start, this.index);
  }

  private values(): unknown {
    if (this.atEof()) return '';
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.csvValue();
  }

  private csvValue(): unknown {
    const first = this.firstValue();
    this.consumeWhitespace();
    if (this.atEof() || this.input[this.index] !== ',') return first;
    this.expect(',', true);
    const list = [first];
    for (;;) {
      try {
        const current = this.secondValue();
        this.consumeWhitespace();
        if (this.atEof()) {
          list.push(current);
          break;
        }
        this.expect(',', true);
        list.push(current);
      } catch (error) {
        // `a=b,c=d`: what looked like a second value is the next key; back up to its comma.
        if (!(error instanceof ShorthandError) || this.atEof()) throw error;
        this.backtrackTo(',');
        break;
      }
    }
    return list.length === 1 ? first : list;
  }

  private value(): string {
    const match = this.match(FIRST_VALUE);
    if (match === null) return '';
    this.index += match.length;
    return rstrip(match.replaceAll('\\,', ','));
  }

  private explicitList(): unknown[] {
    this.expect('[', true);
    const values: unknown[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValues());
      this.consumeWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.consumeWhitespace();
      }
    }
    this.expect(']');
    return values;
  }

  private explicitValues(): unknown {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hashLiteral();
    return this.firstValue();
  }

  private hashLiteral(): Record<string, unknown> {
    this.expect('{', true);
    const keyvals: Record<string, unknown> = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.expect('=', true);
      const value = this.explicitValues();
      this.consumeWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.consumeWhitespace();
      }
      setKey(keyvals, key, value);
    }
    this.expect('}');
    return keyvals;
  }

  private firstValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"');
    return this.value();
  }

  private secondValue(): string {
    if (this.current() === "'") return this.quoted(SINGLE_QUOTED, "'");
    if (this.current() === '"') return this.quoted(DOUBLE_QUOTED, '"');
    return rstrip(this.mustConsume(SECOND_VALUE).replaceAll('\\,', ','));
  }

  private quoted(regex: RegExp, quote: string): string {
    return this.mustConsume(regex).slice(1, -1).replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\');
  }

  private expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.consumeWhitespace();
    if (this.index >= this.input.length) this.syntaxError(char, 'EOF');
    const actual = this.input[this.index] as string;
    if (actual !== char) this.syntaxError(char, actual);
    this.index++;
    if (consumeWhitespace) this.consumeWhitespace();
  }

  private match(regex: RegExp): string | null {
    regex.lastIndex = this.index;
    const found = regex.exec(this.input);
    return found ? found[0] : null;
  }

  private mustConsume(regex: RegExp): string {
    const found = this.match(regex);
    if (found === null) this.syntaxError(`<${NAMES.get(regex)}>`, '<none>');
    this.index += (found as string).length;
    return found as string;
  }

  private syntaxError(expected: string, actual: string): never {
    throw new ShorthandError(
      `Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(this.input, this.index)}`,
    );
  }

  private current(): string {
    return this.index < this.input.length ? (this.input[this.index] as string) : '';
  }

  private atEof(): boolean {
    return this.index >= this.input.length;
  }

  private backtrackTo(char: string): void {
    while (this.index >= 0 && this.input[this.index] !== char) this.index--;
  }

  private consumeWhitespace(): void {
    while (!this.atEof() && WHITESPACE.test(this.current())) this.index++;
  }
}
