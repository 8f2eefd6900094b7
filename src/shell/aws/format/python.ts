import { keysOf, PyFloat, setKey } from '../params/python.ts';

/**
 * The few Python semantics the CLI's formatters lean on: `str()`/`repr()` of JSON values,
 * truthiness, code-point string ordering. The aws CLI is Python, so its output is Python's
 * spelling of values: `True`, `None`, `1e-07`, `{'a': 1}`.
 *
 * Numbers: a safe integer (|n| < 2^53) prints as a Python int, anything else as a Python
 * float (`repr`): past 2^53 a JS number has lost an int's digits anyway. A float with no
 * fraction (`2.0`, from `avg()` or a `--query` literal) is a `PyFloat`, so it prints as one.
 */

export { keysOf, PyFloat, setKey };

/**
 * A Python object that is not JSON, such as the `_Expression` a `--query` of `&expr` gives:
 * text and table print its `str()`, json and yaml cannot encode it.
 */
export class PyObject {
  readonly typeName: string;
  readonly text: string;
  constructor(typeName: string, text: string) {
    this.typeName = typeName;
    this.text = text;
  }
}

/** A value the formatters print: parsed JSON, whole-valued floats as `PyFloat`, rarely a `PyObject`. */
export type Json = null | boolean | number | PyFloat | PyObject | string | Json[] | { [key: string]: Json };

/** A JSON object (Python dict). */
export type JsonObject = { [key: string]: Json };

export function isObject(value: Json | undefined): value is JsonObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PyFloat) &&
    !(value instanceof PyObject)
  );
}

/** Python's `not value`: None, False, 0, '', [] and {} are falsy. */
export function isFalsy(value: Json): boolean {
  if (value === null || value === false || value === 0 || value === '') return true;
  if (value instanceof PyFloat) return value.value === 0;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** Python's `value == {}`. */
export function isEmptyDict(value: Json): boolean {
  return isObject(value) && Object.keys(value).length === 0;
}

/** Python's `sorted()` order for str: by code point (JS `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(j) ?? 0;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
}

/** `sorted(keys)` for dict keys. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareCodePoints);
}

/** Python `repr(float)`: shortest round-trip digits, exponent form below 1e-4 or from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const [mantissa = '', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = mantissa.startsWith('-') || Object.is(x, -0) ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
}

/** Whether a number stands for a Python int (see the note at the top). */
export function isPyInt(x: number): boolean {
  return Number.isSafeInteger(x);
}

/** Python `repr()` of a number. */
export function numberRepr(x: number): string {
  return isPyInt(x) ? String(x === 0 ? 0 : x) : floatRepr(x);
}

// str.isprintable(): everything but Other (Cc, Cf, Cs, Co, Cn) and Separator (Zl, Zp, Zs) except space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** Python `repr(str)`: single quotes unless the text has `'` and no `"`. */
export function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f || (ch !== ' ' && !NON_PRINTABLE.test(ch))) out += ch;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

/** Python `repr()` of a JSON value: `None`, `True`, `['a', 1]`, `{'k': 'v'}`. */
export function pyRepr(value: Json): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return numberRepr(value);
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (value instanceof PyObject) return value.text;
  if (typeof value === 'string') return stringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  const items = keysOf(value).map((k) => `${stringRepr(k)}: ${pyRepr(value[k] ?? null)}`);
  return `{${items.join(', ')}}`;
}

/** Python `str()` of a JSON value: strings as they are, everything else as `repr()`. */
export function pyStr(value: Json): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** Python's type name, as error messages print it (`'str' object has no attribute ...`). */
export function pyTypeName(value: Json): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return isPyInt(value) ? 'int' : 'float';
  if (value instanceof PyFloat) return 'float';
  if (value instanceof PyObject) return value.typeName;
  if (typeof value === 'string') return 'str';
  return Array.isArray(value) ? 'list' : 'dict';
}

/**
 * An exception the real CLI would raise while formatting; it prints as `\n<message>\n` on
 * stderr with exit code 255. The formatters throw it where the Python code crashes.
 */
export class CliCrash extends Error {
  override name = 'CliCrash';
}
