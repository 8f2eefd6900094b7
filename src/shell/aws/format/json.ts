import {
  CliCrash,
  floatRepr,
  isEmptyDict,
  type Json,
  keysOf,
  numberRepr,
  PyFloat,
  PyObject,
} from './python.ts';

/**
 * `--output json`: Python's `json.dump(value, indent=4, ensure_ascii=False)` plus a newline;
 * an empty dict (an operation with no output) prints nothing. (aws-cli `formatter.py`)
 */
export function formatJson(value: Json): string {
  if (isEmptyDict(value)) return '';
  return `${dumps(value, '')}\n`;
}

const INDENT = '    ';

function dumps(value: Json, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return jsonNumber(value);
  if (value instanceof PyFloat) return floatRepr(value.value);
  // json.dump's default= hands the object back unchanged, which json takes for a cycle.
  if (value instanceof PyObject) throw new CliCrash('Circular reference detected');
  // Python escapes the same characters as JSON.stringify: " \ and controls, lowercase \u00xx.
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + dumps(item, inner)).join(',\n')}\n${indent}]`;
  }
  const keys = keysOf(value);
  if (keys.length === 0) return '{}';
  const lines = keys.map((key) => `${inner}${JSON.stringify(key)}: ${dumps(value[key] ?? null, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** A number as Python's json module writes it: `NaN`, `Infinity`, else its `repr()`. */
export function jsonNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return numberRepr(x);
}
