import type { AwsError } from '../../sim/aws-error.ts';
import { isAwsError } from '../../sim/aws-error.ts';
import type { CallResult } from '../../sim/world/index.ts';
import type { Json } from './format/python.ts';
import { evaluateQuery } from './format/query/search.ts';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './params/bytes.ts';
import type { Paging } from './params/index.ts';
import type { PaginatorSpec } from './spec/index.ts';

type Page = Record<string, unknown>;

/** The pages as one response, like botocore's `PageIterator.build_full_result`, or the first error. */
export type PaginatedResult =
  | { readonly ok: true; readonly value: Page }
  | { readonly ok: false; readonly error: AwsError };

/**
 * botocore's paginator as the CLI drives it: follows the output tokens page by page, keeps only the result keys (and
 * non-aggregate keys), and with `--max-items` cuts the list and adds `NextToken` (base64 of
 * `{"Marker": …, "boto_truncate_amount": n}`), which `--starting-token` resumes from.
 */
export function paginate(
  call: (params: Record<string, unknown>) => CallResult,
  params: Record<string, unknown>,
  paginator: PaginatorSpec,
  paging: Paging,
  prepare: (page: Page) => Page,
): PaginatedResult {
  const inputTokens = paginator.inputToken;
  const resultKeys = paginator.resultKey ?? [];
  const primary = resultKeys[0] as string;
  const kwargs = { ...params };
  let nextToken: Record<string, unknown> = Object.fromEntries(inputTokens.map((k) => [k, null]));
  let startingTruncation = 0;
  if (paging.startingToken !== undefined) {
    const decoded = decodeToken(paging.startingToken, inputTokens);
    nextToken = decoded.token;
    startingTruncation = decoded.truncate;
    inject(kwargs, nextToken);
  }
  if (paging.pageSize !== undefined && paginator.limitKey) kwargs[paginator.limitKey] = paging.pageSize;
  const pages: Page[] = [];
  let resume: Record<string, unknown> | null = null;
  let totalItems = 0;
  let first = true;
  let nonAggregate: Page = {};
  for (;;) {
    const answer = call({ ...kwargs });
    if (isAwsError(answer)) return { ok: false, error: answer };
    const parsed = prepare({ ...(answer as Page) });
    if (first) {
      if (startingTruncation > 0) {
        const all = search(parsed, primary);
        if (Array.isArray(all) || typeof all === 'string')
          setPath(parsed, primary, all.slice(startingTruncation));
      }
      nonAggregate = Object.fromEntries(
        (paginator.nonAggregateKeys ?? []).filter((k) => parsed[k] !== undefined).map((k) => [k, parsed[k]]),
      );
    } else startingTruncation = 0;
    const current = search(parsed, primary);
    const count = Array.isArray(current) ? current.length : 0;
    const truncateAmount = paging.maxItems !== undefined ? totalItems + count - paging.maxItems : 0;
    if (truncateAmount > 0) {
      const keep = count - truncateAmount;
      setPath(parsed, primary, (current as unknown[]).slice(0, keep));
      resume = { ...nextToken, boto_truncate_amount: keep + startingTruncation };
      pages.push(parsed);
      break;
    }
    pages.push(parsed);
    totalItems += count;
    nextToken = outputTokens(parsed, paginator);
    if (Object.values(nextToken).every((t) => t === null || t === undefined)) break;
    if (paging.maxItems !== undefined && totalItems === paging.maxItems) {
      resume = nextToken;
      break;
    }
    inject(kwargs, nextToken);
    first = false;
  }
  const complete: Page = {};
  for (const page of pages) {
    for (const key of resultKeys) {
      const value = search(page, key);
      if (value === null || value === undefined) continue;
      const existing = search(complete, key);
      if (existing === null || existing === undefined)
        setPath(complete, key, Array.isArray(value) ? [...value] : value);
      else if (Array.isArray(value) && Array.isArray(existing)) existing.push(...value);
      else if (typeof value === 'number' || typeof value === 'string')
        setPath(complete, key, (existing as number) + (value as number));
    }
  }
  Object.assign(complete, nonAggregate);
  if (resume !== null) complete.NextToken = encodeToken(resume);
  return { ok: true, value: complete };
}

function outputTokens(parsed: Page, paginator: PaginatorSpec): Record<string, unknown> {
  if (paginator.moreResults && !search(parsed, paginator.moreResults)) return {};
  const out: Record<string, unknown> = {};
  paginator.outputToken.forEach((expression, i) => {
    const value = search(parsed, expression);
    out[paginator.inputToken[i] as string] = value ? value : null;
  });
  return out;
}

function inject(kwargs: Record<string, unknown>, token: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(token)) {
    if (value !== null && value !== undefined && value !== 'None') kwargs[name] = value;
    else delete kwargs[name];
  }
}

function search(data: Page, expression: string): unknown {
  if (/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(expression)) {
    let node: unknown = data;
    for (const part of expression.split('.')) node = (node as Page | undefined)?.[part];
    return node;
  }
  return evaluateQuery(expression, JSON.parse(JSON.stringify(data)) as Json);
}

function setPath(data: Page, expression: string, value: unknown): void {
  const parts = expression.split('.');
  let node = data;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Page;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** TokenEncoder: base64 of Python's `json.dumps` of the token dict. */
function encodeToken(token: Record<string, unknown>): string {
  const json = `{${Object.entries(token)
    .map(([k, v]) => `${pyString(k)}: ${typeof v === 'string' ? pyString(v) : JSON.stringify(v ?? null)}`)
    .join(', ')}}`;
  return base64Encode(utf8Encode(json));
}

/** Python's `json.dumps` of a string: ASCII only, `\uXXXX` for the rest. */
function pyString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function decodeToken(
  text: string,
  inputTokens: readonly string[],
): { token: Record<string, unknown>; truncate: number } {
  try {
    const bytes = base64Decode(text);
    const data = JSON.parse((bytes && utf8Decode(bytes)) ?? '') as Record<string, unknown>;
    if (typeof data !== 'object' || data === null) throw new Error('not a token');
    const truncate = typeof data.boto_truncate_amount === 'number' ? data.boto_truncate_amount : 0;
    delete data.boto_truncate_amount;
    return { token: data, truncate };
  } catch {
    // botocore's older `token___index` form
    const parts = text.split('___');
    let index = 0;
    if (parts.length === inputTokens.length + 1 && /^\d+$/.test(parts[parts.length - 1] as string))
      index = Number(parts.pop());
    return {
      token: Object.fromEntries(
        inputTokens.map((k, i) => [k, parts[i] === 'None' ? null : (parts[i] ?? null)]),
      ),
      truncate: index,
    };
  }
}
