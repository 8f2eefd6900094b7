import type { Json } from '../python.ts';
import { QueryError } from './errors.ts';
import { evaluate } from './evaluate.ts';
import { compileQuery } from './parser.ts';

/**
 * The CLI's message for a `--query` that does not compile (exit 252, before any request is
 * sent), or null if it compiles. (awscli customizations/globalargs.py `_resolve_query`)
 */
export function queryProblem(expression: string): string | null {
  try {
    compileQuery(expression);
    return null;
  } catch (error) {
    if (error instanceof QueryError) return `Bad value for --query ${expression}: ${error.message}`;
    throw error;
  }
}

/**
 * `jmespath.search()` as jmespath.py 1.0.1 does it, for an expression that compiles. A failure
 * (unknown function, wrong arity or argument type, a Python TypeError) throws a `QueryError`
 * worded as the CLI prints it.
 */
export function evaluateQuery(expression: string, data: Json): Json {
  return evaluate(compileQuery(expression), data);
}
