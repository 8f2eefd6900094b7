import { type Json, pyStr } from '../python.ts';

/** A `--query` that jmespath.py rejects; `message` is its `str(exception)`, word for word. */
export class QueryError extends Error {
  override name = 'QueryError';
}

/** jmespath.py's ParseError text, with the caret under the offending token. */
export function parseError(message: string, position: number, value: Json, type: string, expression: string) {
  const underline = `${' '.repeat(position + 1)}^`;
  return new QueryError(
    `${message}: Parse error at column ${position}, token "${pyStr(value)}" (${type.toUpperCase()}), ` +
      `for expression:\n"${expression}"\n${underline}`,
  );
}

/** jmespath.py's IncompleteExpressionError text: the caret after the last character. */
export function incompleteError(expression: string) {
  const underline = `${' '.repeat([...expression].length + 1)}^`;
  return new QueryError(`Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${underline}`);
}
