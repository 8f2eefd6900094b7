/**
 * The parsed IAM policy AST. `parse.ts` builds it once (shorthand normalised, values as strings);
 * the evaluator and the linter read it and never look at raw JSON again.
 */

/** Where a policy document is used; it decides which elements are required or prohibited. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'scp';

/** Policy language version. A document without `Version` has 2008-10-17 semantics (no policy variables). */
export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** Statement effect, spelled exactly as AWS requires. */
export type Effect = 'Allow' | 'Deny';

/** The keys AWS accepts inside a `Principal` / `NotPrincipal` object. */
export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** A `Principal` value: the bare `"*"` or a map of principal type to identifiers. */
export type PrincipalSpec =
  | { readonly kind: '*' }
  | { readonly kind: 'map'; readonly entries: Readonly<Partial<Record<PrincipalType, readonly string[]>>> };

/** `Action` or `NotAction` with its patterns (never empty after parsing). */
export type ActionBlock = { readonly kind: 'Action' | 'NotAction'; readonly values: readonly string[] };

/** `Resource` or `NotResource` with its patterns. */
export type ResourceBlock = { readonly kind: 'Resource' | 'NotResource'; readonly values: readonly string[] };

/** `Principal` or `NotPrincipal`. */
export type PrincipalBlock = { readonly kind: 'Principal' | 'NotPrincipal'; readonly spec: PrincipalSpec };

/** Condition operator base names, without `ForAllValues:`/`ForAnyValue:` and without `IfExists`. */
export const CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
] as const;

/** A condition operator base name. */
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** Set operator prefix for multivalued keys, or null for a single-valued comparison. */
export type ConditionQualifier = 'ForAllValues' | 'ForAnyValue' | null;

/** One `operator: { key: values }` pair of a `Condition` block. */
export interface ConditionEntry {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly raw: string;
  /** Base operator name. */
  readonly operator: ConditionOperator;
  /** `ForAllValues` / `ForAnyValue` prefix, or null. */
  readonly qualifier: ConditionQualifier;
  /** True for the `...IfExists` form. */
  readonly ifExists: boolean;
  /** Condition key as written (matched case-insensitively). */
  readonly key: string;
  /** Values, normalised to strings (JSON numbers and booleans become their text); OR'd together. */
  readonly values: readonly string[];
}

/** One statement; `index` is its 0-based position in the document. */
export interface Statement {
  readonly index: number;
  readonly sid?: string;
  readonly effect: Effect;
  readonly action: ActionBlock;
  /** Absent in trust policies (and allowed absent in resource policies: the attached resource). */
  readonly resource?: ResourceBlock;
  /** Present in resource-based and trust policies only. */
  readonly principal?: PrincipalBlock;
  /** All entries AND'd together; empty when the statement has no `Condition`. */
  readonly conditions: readonly ConditionEntry[];
}

/** A parsed policy document. */
export interface PolicyDocument {
  readonly version: PolicyVersion;
  /** True when the document omitted `Version` (2008-10-17 semantics by default). */
  readonly versionOmitted: boolean;
  readonly id?: string;
  readonly statements: readonly Statement[];
}
