import jmespath from 'jmespath';
import type { Json } from '../python.ts';
import { QueryError } from './errors.ts';
import { checkQuery } from './parser.ts';

/**
 * The CLI's message for a `--query` that does not compile (exit 252, before any request is
 * sent), or null if it compiles. (awscli customizations/globalargs.py `_resolve_query`)
 */
export function queryProblem(expression: string): string | null {
  try {
    checkQuery(expression);
    return null;
  } catch (error) {
    if (error instanceof QueryError) return `Bad value for --query ${expression}: ${error.message}`;
    throw error;
  }
}

/**
 * Apply a compiled `--query` to the response. Evaluation is the `jmespath` package's; a
 * failure (unknown function, wrong arity or argument type) throws a `QueryError` worded
 * as jmespath.py words it.
 */
export function evaluateQuery(expression: string, data: Json): Json {
  try {
    return (jmespath.search(data, expression) ?? null) as Json;
  } catch (error) {
    throw new QueryError(runtimeMessage(error instanceof Error ? error.message : String(error)));
  }
}

/** jmespath.py's argument types per function, in its own spelling (functions.py signatures). */
const SIGNATURES: Record<string, string[][]> = {
  abs: [['number']],
  avg: [['array-number']],
  ceil: [['number']],
  contains: [['array', 'string'], []],
  ends_with: [['string'], ['string']],
  floor: [['number']],
  join: [['string'], ['array-string']],
  keys: [['object']],
  length: [['string', 'array', 'object']],
  map: [['expref'], ['array']],
  max: [['array-number', 'array-string']],
  max_by: [['array'], ['expref']],
  merge: [['object']],
  min: [['array-number', 'array-string']],
  min_by: [['array'], ['expref']],
  reverse: [['array', 'string']],
  sort: [['array-string', 'array-number']],
  sort_by: [['array'], ['expref']],
  starts_with: [['string'], ['string']],
  sum: [['array-number']],
  values: [['object']],
};

/** The jmespath package's runtime errors, reworded as jmespath.py's. */
function runtimeMessage(message: string): string {
  const arity = /^ArgumentError: (\w+)\(\) takes (at least ?)?(\d+) arguments? but received (\d+)$/.exec(
    message,
  );
  if (arity) {
    const [, name, atLeast, expected, actual] = arity;
    const word = expected === '1' ? 'argument' : 'arguments';
    return `Expected ${atLeast ? 'at least ' : ''}${expected} ${word} for function ${name}(), received ${actual}`;
  }
  const type =
    /^TypeError: (\w+)\(\) expected argument (\d+) to be type .* but received type (\w+) instead\.$/.exec(
      message,
    );
  if (type) {
    const [, name = '', index = '1', received = ''] = type;
    const expected = SIGNATURES[name]?.[Number(index) - 1] ?? [];
    const actual = received === 'expression' ? 'expref' : received;
    // The package does not say which value failed; jmespath.py prints it. A null prints as None.
    const value = actual === 'null' ? 'None' : `<${actual}>`;
    return (
      `In function ${name}(), invalid type for value: ${value}, ` +
      `expected one of: [${expected.map((t) => `'${t}'`).join(', ')}], received: "${actual}"`
    );
  }
  if (message === 'Invalid slice, step cannot be 0') return 'slice step cannot be zero';
  return message;
}
