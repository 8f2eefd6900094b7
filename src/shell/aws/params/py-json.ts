import { markOrderedDict, PyFloat, setKey } from './python.ts';

/**
 * `json.loads(text, object_pairs_hook=OrderedDict)` as the AWS CLI calls it: the same accepted
 * input (NaN and Infinity too) and the same error text, e.g.
 * `Expecting ',' delimiter: line 1 column 38 (char 37)`.
 */
export type PyJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

class JsonError {
  readonly message: string;
  readonly pos: number;
  constructor(message: string, pos: number) {
    this.message = message;
    this.pos = pos;
  }
}

let orderedObjects = true;
const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Parses JSON text the way Python's `json.loads` does, returning the error message as a value.
 * Objects are `OrderedDict`s (the CLI's object_pairs_hook) unless `ordered` is false.
 */
export function parsePyJson(text: string, ordered = true): PyJsonResult {
  orderedObjects = ordered;
  try {
    if (text.startsWith('\ufeff')) throw new JsonError('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    let pos = skip(text, 0);
    const [value, end] = scanValue(text, pos);
    pos = skip(text, end);
    if (pos !== text.length) throw new JsonError('Extra data', pos);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonError) return { ok: false, message: withPosition(text, error) };
    throw error;
  }
}

function withPosition(text: string, error: JsonError): string {
  const before = text.slice(0, error.pos);
  const line = before.split('\n').length;
  const column = error.pos - before.lastIndexOf('\n');
  return `${error.message}: line ${line} column ${column} (char ${error.pos})`;
}

function skip(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && WS.has(text[i] as string)) i++;
  return i;
}

function scanValue(text: string, pos: number): [unknown, number] {
  const ch = text[pos];
  if (ch === '"') return scanString(text, pos + 1);
  if (ch === '{') return scanObject(text, pos + 1);
  if (ch === '[') return scanArray(text, pos + 1);
  if (text.startsWith('null', pos)) return [null, pos + 4];
  if (text.startsWith('true', pos)) return [true, pos + 4];
  if (text.startsWith('false', pos)) return [false, pos + 5];
  if (text.startsWith('NaN', pos)) return [Number.NaN, pos + 3];
  if (text.startsWith('Infinity', pos)) return [Infinity, pos + 8];
  if (text.startsWith('-Infinity', pos)) return [-Infinity, pos + 9];
  NUMBER.lastIndex = pos;
  const match = NUMBER.exec(text);
  if (match) {
    const value = Number(match[0]);
    const isFloat = match[1] !== undefined || match[2] !== undefined;
    return [isFloat && Number.isInteger(value) ? new PyFloat(value) : value, pos + match[0].length];
  }
  throw new JsonError('Expecting value', pos);
}

function scanString(text: string, start: number): [string, number] {
  const begin = start - 1;
  let out = '';
  let pos = start;
  for (;;) {
    if (pos >= text.length) throw new JsonError('Unterminated string starting at', begin);
    const ch = text[pos] as string;
    if (ch === '"') return [out, pos + 1];
    if (ch.charCodeAt(0) < 0x20) throw new JsonError('Invalid control character at', pos);
    if (ch !== '\\') {
      out += ch;
      pos++;
      continue;
    }
    const esc = text[pos + 1];
    if (esc === undefined) throw new JsonError('Unterminated string starting at', begin);
    if (esc !== 'u') {
      const mapped = ESCAPES[esc];
      if (mapped === undefined) throw new JsonError('Invalid \\escape', pos);
      out += mapped;
      pos += 2;
      continue;
    }
    const [unit, next] = hex4(text, pos + 2, pos + 1);
    pos = next;
    if (unit >= 0xd800 && unit <= 0xdbff && text.startsWith('\\u', pos)) {
      const [low, after] = hex4(text, pos + 2, pos + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += String.fromCharCode(unit, low);
        pos = after;
        continue;
      }
    }
    out += String.fromCharCode(unit);
  }
}

function hex4(text: string, pos: number, escapeAt: number): [number, number] {
  const digits = text.slice(pos, pos + 4);
  if (!/^[0-9a-fA-F]{4}$/u.test(digits)) throw new JsonError('Invalid \\uXXXX escape', escapeAt);
  return [Number.parseInt(digits, 16), pos + 4];
}

function scanObject(text: string, start: number): [Record<string, unknown>, number] {
  const out: Record<string, unknown> = orderedObjects ? markOrderedDict({}) : {};
  let pos = skip(text, start);
  if (text[pos] === '}') return [out, pos + 1];
  for (;;) {
    if (text[pos] !== '"') throw new JsonError('Expecting property name enclosed in double quotes', pos);
    const [key, afterKey] = scanString(text, pos + 1);
    pos = skip(text, afterKey);
    if (text[pos] !== ':') throw new JsonError("Expecting ':' delimiter", pos);
    pos = skip(text, pos + 1);
    const [value, afterValue] = scanValue(text, pos);
    setKey(out, key, value);
    pos = skip(text, afterValue);
    if (text[pos] === '}') return [out, pos + 1];
    if (text[pos] !== ',') throw new JsonError("Expecting ',' delimiter", pos);
    pos = skip(text, pos + 1);
  }
}

function scanArray(text: string, start: number): [unknown[], number] {
  const out: unknown[] = [];
  let pos = skip(text, start);
  if (text[pos] === ']') return [out, pos + 1];
  for (;;) {
    const [value, afterValue] = scanValue(text, pos);
    out.push(value);
    pos = skip(text, afterValue);
    if (text[pos] === ']') return [out, pos + 1];
    if (text[pos] !== ',') throw new JsonError("Expecting ',' delimiter", pos);
    pos = skip(text, pos + 1);
  }
}
