/**
 * The AWS CLI is Python, and its messages print values the Python way: `repr('x')`, `str([1, 'a'])`,
 * `<class 'int'>`. These helpers reproduce that for the values the parser builds.
 */

/** A JSON number written as a float (`1.0`, `2e3`) whose value is whole: Python keeps it a float. */
export class PyFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

/** Objects that came from JSON text: the CLI loads them as `OrderedDict`, which prints differently. */
const orderedDicts = new WeakSet<object>();

/** Marks an object as a JSON-loaded `OrderedDict`. */
export function markOrderedDict<T extends object>(value: T): T {
  orderedDicts.add(value);
  return value;
}

/** True for a JSON-loaded object (`OrderedDict` in the CLI). */
export function isOrderedDict(value: unknown): boolean {
  return typeof value === 'object' && value !== null && orderedDicts.has(value);
}

/** A plain object (a Python dict), not an array, bytes or a PyFloat. */
export function isDict(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array) &&
    !(value instanceof PyFloat)
  );
}

/** Python's `repr()` of a str: single quotes unless the text holds a single quote and no double one. */
export function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

function reprBytes(bytes: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of bytes) {
    if (b === 0x27) hasSingle = true;
    if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr()` of a float: shortest round-trip digits, exponent form outside 1e-4..1e16. */
export function reprFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', expText = '0'] = value.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const text = String(value);
  return text.includes('.') ? text : `${text}.0`;
}

/** Python's `repr()` of a value built from CLI input. */
export function pyRepr(value: unknown): string {
  if (typeof value === 'string') return reprString(value);
  return pyStr(value);
}

/** Python's `str()` of a value built from CLI input, as `'%s' % value` prints it. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : reprFloat(value);
  if (value instanceof PyFloat) return reprFloat(value.value);
  if (value instanceof Uint8Array) return reprBytes(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (isDict(value)) {
    const entries = Object.entries(value);
    if (isOrderedDict(value)) {
      if (entries.length === 0) return 'OrderedDict()';
      return `OrderedDict([${entries.map(([k, v]) => `(${reprString(k)}, ${pyRepr(v)})`).join(', ')}])`;
    }
    return `{${entries.map(([k, v]) => `${reprString(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
  return String(value);
}

/** Python's `str(type(value))`, e.g. `<class 'str'>`. */
export function pyType(value: unknown): string {
  return `<class '${pyTypeName(value)}'>`;
}

/** The bare Python type name of a value, e.g. `list`, `collections.OrderedDict`. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (value instanceof PyFloat) return 'float';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'list';
  if (isOrderedDict(value)) return 'collections.OrderedDict';
  return 'dict';
}

/** Python's str.strip() whitespace: \s plus the file/group/record/unit separators. */
const PY_SPACE = String.raw`\s\x1c-\x1f`;
const PY_WHITESPACE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');

/** Python's `int(text)`: an integer, or the ValueError/TypeError message the CLI prints (exit 255). */
export function pyInt(value: unknown): { ok: true; value: number } | { ok: false; message: string } {
  if (typeof value === 'number' && Number.isInteger(value)) return { ok: true, value };
  if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0 };
  if (typeof value !== 'string') {
    return {
      ok: false,
      message: `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`,
    };
  }
  const text = value.replace(PY_WHITESPACE, '');
  if (/^[+-]?\d+(_\d+)*$/u.test(text)) return { ok: true, value: Number(text.replaceAll('_', '')) };
  return { ok: false, message: `invalid literal for int() with base 10: ${reprString(value)}` };
}

/** Python's `float(text)`: a number, or the ValueError message the CLI prints (exit 255). */
export function pyFloat(value: unknown): { ok: true; value: number } | { ok: false; message: string } {
  if (typeof value === 'number') return { ok: true, value };
  if (typeof value !== 'string') {
    return {
      ok: false,
      message: `float() argument must be a string or a real number, not '${pyTypeName(value)}'`,
    };
  }
  const text = value.replace(PY_WHITESPACE, '').toLowerCase();
  const special = /^([+-]?)(nan|inf|infinity)$/u.exec(text);
  if (special) {
    if (special[2] === 'nan') return { ok: true, value: Number.NaN };
    return { ok: true, value: special[1] === '-' ? -Infinity : Infinity };
  }
  const digits = String.raw`\d+(?:_\d+)*`;
  const re = new RegExp(`^[+-]?(?:${digits}(?:\\.(?:${digits})?)?|\\.${digits})(?:e[+-]?${digits})?$`, 'u');
  if (re.test(text)) return { ok: true, value: Number(text.replaceAll('_', '')) };
  return { ok: false, message: `could not convert string to float: ${reprString(value)}` };
}

/**
 * The insertion order of an object that holds an integer-like key (`"123"`): JS lists those
 * keys first, Python's dict keeps the order they came in. Non-enumerable, so JSON and spreads
 * never see it.
 */
const KEY_ORDER = Symbol('key order');

type Ordered = Record<string, unknown> & { [KEY_ORDER]?: string[] };

/** An array index, which a JS object lists before its other keys. */
const isIndexKey = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/** Sets `obj[key]` as an own data property, even for a key like `__proto__`, keeping Python's key order. */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  const ordered = obj as Ordered;
  if (!Object.hasOwn(obj, key)) {
    // Until the first integer-like key, JS order is insertion order.
    if (ordered[KEY_ORDER] === undefined && isIndexKey(key)) {
      Object.defineProperty(obj, KEY_ORDER, { value: Object.keys(obj) });
    }
    const order = ordered[KEY_ORDER];
    // A key deleted and set again goes to the end, as in a dict.
    if (order?.includes(key)) order.splice(order.indexOf(key), 1);
    order?.push(key);
  }
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** An object's keys in insertion order, as Python lists a dict's (see `setKey`). */
export function keysOf(obj: object): string[] {
  const order = (obj as Ordered)[KEY_ORDER];
  const keys = Object.keys(obj);
  if (order === undefined) return keys;
  const listed = new Set(order);
  return [...order.filter((key) => Object.hasOwn(obj, key)), ...keys.filter((key) => !listed.has(key))];
}
