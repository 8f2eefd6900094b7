import { jsonNumber } from '../json.ts';
import { floatRepr, isObject, type Json, keysOf, PyFloat, PyObject } from '../python.ts';

/**
 * `to_string()`'s `json.dumps(value, separators=(',', ':'), default=str)`: compact, keys in
 * order, non-ASCII escaped (`ensure_ascii`), floats as Python prints them (`1.0`, `NaN`).
 */
export function dumpsCompact(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return jsonNumber(value);
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (typeof value === 'string') return asciiString(value);
  // default=str: an object json cannot encode is written as its str().
  if (value instanceof PyObject) return asciiString(value.text);
  if (Array.isArray(value)) return `[${value.map(dumpsCompact).join(',')}]`;
  if (!isObject(value)) throw new Error('to_string() met a value that is not JSON');
  const items = keysOf(value).map((key) => `${asciiString(key)}:${dumpsCompact(value[key] ?? null)}`);
  return `{${items.join(',')}}`;
}

const SHORT: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A JSON string with everything outside printable ASCII as `\uXXXX` (UTF-16 units). */
function asciiString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const unit = text.charCodeAt(i);
    const short = SHORT[ch];
    if (short !== undefined) out += short;
    else if (unit < 0x20 || unit > 0x7e) out += `\\u${unit.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
