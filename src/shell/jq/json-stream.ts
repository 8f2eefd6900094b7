import type { Json } from './ast.ts';

/** The JSON texts of a jq input (several may follow each other), or jq's parse-error message. */
export function parseStream(text: string): { ok: true; values: Json[] } | { ok: false; message: string } {
  const values: Json[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (i >= text.length) break;
    const end = valueEnd(text, i);
    const chunk = text.slice(i, end);
    try {
      values.push(JSON.parse(chunk) as Json);
    } catch {
      const { line, column } = position(text, end);
      const reason =
        end >= text.length && /^[[{"]/.test(chunk) ? 'Unfinished JSON term at EOF' : 'Invalid JSON text';
      return { ok: false, message: `parse error: ${reason} at line ${line}, column ${column}` };
    }
    i = end;
  }
  return { ok: true, values };
}

/** Where the JSON value starting at `start` ends: matching brackets outside strings, or the next delimiter. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth <= 0) return i + 1;
    } else if (depth === 0 && /[\s{["]/.test(c ?? '') && i > start) return i;
  }
  return text.length;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length };
}
