/** A JSON value as jq sees it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The supported jq filter language, as a discriminated union. */
export type Filter =
  | { readonly kind: 'identity' }
  | { readonly kind: 'field'; readonly target: Filter; readonly name: string; readonly optional: boolean }
  | { readonly kind: 'index'; readonly target: Filter; readonly index: number; readonly optional: boolean }
  | { readonly kind: 'iterate'; readonly target: Filter; readonly optional: boolean }
  | { readonly kind: 'pipe'; readonly left: Filter; readonly right: Filter }
  | { readonly kind: 'comma'; readonly left: Filter; readonly right: Filter }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: Filter; readonly right: Filter }
  | { readonly kind: 'logic'; readonly op: 'and' | 'or'; readonly left: Filter; readonly right: Filter }
  | { readonly kind: 'builtin'; readonly name: 'keys' | 'length' | 'not' }
  | { readonly kind: 'select'; readonly condition: Filter }
  | { readonly kind: 'literal'; readonly value: Json }
  | { readonly kind: 'variable'; readonly name: string };

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** What this jq supports, for the honest "not supported here" message. */
export const SUPPORTED =
  '., .a.b, .a[0], .[], .a[].b, |, ",", keys, length, select(.x == "y"), not, and/or, $var';
