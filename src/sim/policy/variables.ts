import { lookup, type RequestContext } from './context.ts';
import type { PolicyVersion } from './types.ts';
import { escapeRegExp, globSource } from './wildcard.ts';

/** A piece of a policy string: plain text (may hold wildcards), an escaped literal, or a variable. */
export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'var'; readonly key: string; readonly fallback?: string };

/** A policy string split into parts; `hasVariables` is false for plain strings (the fast path). */
export interface Template {
  readonly source: string;
  readonly parts: readonly TemplatePart[];
  readonly hasVariables: boolean;
}

const VARIABLE = /\$\{([^}]*)\}/g;
const KEY_WITH_DEFAULT = /^\s*([^\s,']+)\s*(?:,\s*'([^']*)'\s*)?$/;

/**
 * Splits a Resource or condition value into parts. Only 2012-10-17 policies substitute variables:
 * "variables such as ${aws:username} aren't recognized as variables and are instead treated as literal
 * strings" under 2008-10-17 (IAM JSON policy elements: Version). `${*}`, `${?}`, `${$}` are literal escapes.
 */
export function parseTemplate(source: string, version: PolicyVersion): Template {
  if (version !== '2012-10-17' || !source.includes('${')) {
    return { source, parts: [{ kind: 'text', text: source }], hasVariables: false };
  }
  const parts: TemplatePart[] = [];
  let last = 0;
  let hasVariables = false;
  for (const m of source.matchAll(VARIABLE)) {
    const inner = m[1] ?? '';
    if (m.index > last) parts.push({ kind: 'text', text: source.slice(last, m.index) });
    last = m.index + m[0].length;
    if (inner === '*' || inner === '?' || inner === '$') {
      parts.push({ kind: 'literal', text: inner });
      continue;
    }
    const kd = KEY_WITH_DEFAULT.exec(inner);
    if (!kd) {
      parts.push({ kind: 'text', text: m[0] });
      continue;
    }
    hasVariables = true;
    parts.push(
      kd[2] === undefined
        ? { kind: 'var', key: kd[1] as string }
        : { kind: 'var', key: kd[1] as string, fallback: kd[2] },
    );
  }
  if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) });
  return { source, parts, hasVariables: hasVariables || parts.some((p) => p.kind === 'literal') };
}

/** Resolution result: the text, or the variable key that had no value (so the element does not match). */
export type Resolved =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly missing: string };

function variableValue(
  part: { key: string; fallback?: string },
  context: RequestContext,
): string | undefined {
  const value = lookup(context, part.key);
  // A multivalued key has no single substitution; only one value can stand in for a variable.
  if (value && value.values.length === 1) return value.values[0];
  return part.fallback;
}

/** Substitutes variables to plain text (for equality operators). */
export function resolveText(template: Template, context: RequestContext): Resolved {
  if (!template.hasVariables) return { ok: true, text: template.source };
  let text = '';
  for (const part of template.parts) {
    if (part.kind !== 'var') {
      text += part.text;
      continue;
    }
    const value = variableValue(part, context);
    if (value === undefined) return { ok: false, missing: part.key };
    text += value;
  }
  return { ok: true, text };
}

const partSources = new WeakMap<TemplatePart, string>();

function partSource(part: TemplatePart, arnSegments: boolean): string {
  let source = partSources.get(part);
  if (source === undefined) {
    source =
      part.kind === 'text'
        ? globSource(part.text, arnSegments)
        : escapeRegExp(part.kind === 'literal' ? part.text : '');
    partSources.set(part, source);
  }
  return source;
}

/** Substitutes variables into a glob RegExp source; substituted values and escapes match literally. */
export function resolvePattern(template: Template, context: RequestContext, arnSegments: boolean): Resolved {
  let text = '';
  for (const part of template.parts) {
    // A template is used either as a Resource (ARN segments) or as a StringLike value, never both.
    if (part.kind !== 'var') text += partSource(part, arnSegments);
    else {
      const value = variableValue(part, context);
      if (value === undefined) return { ok: false, missing: part.key };
      text += escapeRegExp(value);
    }
  }
  return { ok: true, text };
}
