import { formatJson } from './json.ts';
import { CliCrash, isObject, type Json } from './python.ts';
import { QueryError } from './query/errors.ts';
import { evaluateQuery, queryProblem } from './query/search.ts';
import { formatTable } from './table/build.ts';
import { formatText } from './text.ts';
import { toCliValue } from './timestamps.ts';
import { formatYaml, formatYamlStream } from './yaml.ts';

export { queryProblem } from './query/search.ts';
export { cliTimestamp } from './timestamps.ts';

/** The CLI's `--output` values. */
export type OutputFormat = 'json' | 'text' | 'table' | 'yaml' | 'yaml-stream';

export type FormatOptions = {
  /** `--output`. */
  output: OutputFormat;
  /** `--query`, a JMESPath expression applied before formatting. */
  query?: string;
  /** The API operation name (`GetRole`): the table's title. */
  operationName: string;
  /** Terminal columns a table must fit before it turns to key/value rows; 80 off a terminal. */
  width?: number;
  /**
   * The response was assembled from pages (a paginated list operation). Only `text` cares:
   * it prints the pages' members, then a `NextToken` (from `--max-items`) on its own
   * `NEXTTOKEN` line, each with `--query` applied, as the CLI does.
   */
  paginated?: boolean;
};

export type FormatResult =
  | { ok: true; stdout: string }
  /** 252: the query does not compile; 255: the CLI fails while formatting (it prints why). */
  | { ok: false; stderr: string; exitCode: 252 | 255 };

/**
 * Print a response the way AWS CLI v2 does for `--output` and `--query`.
 *
 * `value` is the response with its members in the service model's order (JSON keeps that
 * order; text, table and YAML sort keys). Timestamps are `Date`s, printed as the CLI prints
 * them (`2025-01-15T09:03:00+00:00`, also for `--query` results), or strings already in that
 * form. An operation with no output (`{}`) prints nothing.
 */
export function formatOutput(value: unknown, options: FormatOptions): FormatResult {
  if (options.query !== undefined) {
    const problem = queryProblem(options.query);
    if (problem !== null) return { ok: false, stderr: `\n${problem}\n`, exitCode: 252 };
  }
  try {
    const data = toCliValue(value);
    const { query } = options;
    const apply = (response: Json) => (query === undefined ? response : evaluateQuery(query, response));
    if (
      options.output === 'text' &&
      options.paginated &&
      isObject(data) &&
      Object.hasOwn(data, 'NextToken')
    ) {
      const { NextToken, ...pages } = data;
      const token = { NextToken: { NextToken: NextToken ?? null } };
      return { ok: true, stdout: formatText(apply(pages)) + formatText(apply(token)) };
    }
    return { ok: true, stdout: render(apply(data), options) };
  } catch (error) {
    if (error instanceof CliCrash || error instanceof QueryError) {
      return { ok: false, stderr: `\n${error.message}\n`, exitCode: 255 };
    }
    throw error;
  }
}

function render(value: Json, options: FormatOptions): string {
  switch (options.output) {
    case 'json':
      return formatJson(value);
    case 'text':
      return formatText(value);
    case 'table':
      return formatTable(value, options.operationName, options.width ?? 80);
    case 'yaml':
      return formatYaml(value);
    case 'yaml-stream':
      return formatYamlStream(value);
  }
}
