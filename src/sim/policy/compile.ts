import { type CompiledCondition, compileCondition } from './conditions.ts';
import type { RequestContext } from './context.ts';
import { type CompiledPrincipal, compilePrincipal } from './principals.ts';
import type { PolicyDocument, PolicyVersion, ResourceBlock, Statement } from './types.ts';
import { parseTemplate, resolvePattern } from './variables.ts';
import { anyOf, globMatcher, type Matcher } from './wildcard.ts';

/** Resource test result: matched, or not (with the variable that had no value, if that was why). */
export type ResourceOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly missingVariable?: string };

/** A statement with its matchers built once. */
export interface CompiledStatement {
  readonly statement: Statement;
  /** Takes the action lower-cased; honours Action vs NotAction. */
  readonly matchAction: (actionLower: string) => boolean;
  readonly matchResource: (resource: string, context: RequestContext) => ResourceOutcome;
  readonly principal?: CompiledPrincipal;
  readonly conditions: readonly CompiledCondition[];
}

/** A policy document with every statement compiled. */
export interface CompiledPolicy {
  readonly document: PolicyDocument;
  readonly statements: readonly CompiledStatement[];
}

const compiled = new WeakMap<PolicyDocument, CompiledPolicy>();

/** Compiles a document once; later calls with the same document object reuse the result. */
export function compilePolicy(document: PolicyDocument): CompiledPolicy {
  let policy = compiled.get(document);
  if (!policy) {
    policy = { document, statements: document.statements.map((s) => compileStatement(s, document.version)) };
    compiled.set(document, policy);
  }
  return policy;
}

function compileStatement(statement: Statement, version: PolicyVersion): CompiledStatement {
  // Action matching is case-insensitive: patterns and the action are both lower-cased.
  const actions = anyOf(statement.action.values.map((a) => globMatcher(a.toLowerCase(), false)));
  const notAction = statement.action.kind === 'NotAction';
  return {
    statement,
    matchAction: notAction ? (a) => !actions(a) : actions,
    matchResource: compileResource(statement.resource, version),
    ...(statement.principal
      ? { principal: compilePrincipal(statement.principal, statement.effect === 'Deny') }
      : {}),
    conditions: statement.conditions.map((c) => compileCondition(c, version)),
  };
}

const MATCHED: ResourceOutcome = { ok: true };
const UNMATCHED: ResourceOutcome = { ok: false };
const regexCache = new Map<string, RegExp>();

type ResourceTest = (resource: string, context: RequestContext) => boolean | string;

function resourceTest(pattern: string, version: PolicyVersion): ResourceTest {
  const template = parseTemplate(pattern, version);
  if (!template.hasVariables) {
    const m: Matcher = globMatcher(pattern, false, true);
    return (resource) => m(resource);
  }
  return (resource, context) => {
    const r = resolvePattern(template, context, true);
    if (!r.ok) return r.missing;
    let re = regexCache.get(r.text);
    if (!re) {
      re = new RegExp(`^${r.text}$`, 's');
      regexCache.set(r.text, re);
    }
    return re.test(resource);
  };
}

/**
 * Resource/NotResource (case-sensitive). A policy variable without a value makes its pattern not match
 * (IAM policy elements: Variables and tags); for NotResource that makes the statement not apply either.
 */
function compileResource(block: ResourceBlock | undefined, version: PolicyVersion) {
  if (!block) return () => MATCHED;
  const tests = block.values.map((v) => resourceTest(v, version));
  const negate = block.kind === 'NotResource';
  return (resource: string, context: RequestContext): ResourceOutcome => {
    let missing: string | undefined;
    for (const t of tests) {
      const r = t(resource, context);
      if (r === true) return negate ? UNMATCHED : MATCHED;
      if (typeof r === 'string') missing = r;
    }
    if (missing !== undefined) return { ok: false, missingVariable: missing };
    return negate ? MATCHED : UNMATCHED;
  };
}
