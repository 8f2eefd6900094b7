import { isEmptyDict, type Json, numberRepr } from './python.ts';

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
  // Python escapes the same characters as JSON.stringify: " \ and controls, lowercase \u00xx.
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + dumps(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${dumps(item, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function jsonNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return numberRepr(x);
}
