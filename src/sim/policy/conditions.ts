import { type ContextValue, lookup, type RequestContext } from './context.ts';
import { OPERATORS, type ValueTest } from './operators.ts';
import type { ConditionEntry, PolicyVersion } from './types.ts';

/** Why one condition entry failed: the entry and what the request held for its key (undefined = absent). */
export interface ConditionFailure {
  readonly entry: ConditionEntry;
  readonly actual: readonly string[] | undefined;
  /** A policy variable in the entry's values had no value in the request. */
  readonly missingVariable?: boolean;
}

/** A compiled condition entry: null when satisfied, else the failure. */
export type CompiledCondition = (context: RequestContext) => ConditionFailure | null;

/**
 * Compiles one `operator: {key: values}` entry. Semantics (IAM JSON policy elements: Condition operators,
 * and "Conditions with multiple context keys or values" / "Set operators for multivalued context keys"):
 * - values are OR'd; for negated operators they are NOR'd;
 * - an absent key makes the entry false, except negated operators (true), `...IfExists` (true),
 *   `ForAllValues` (true) and `ForAnyValue` (false);
 * - `ForAllValues` needs every request value to pass (an empty set passes); `ForAnyValue` needs one.
 */
export function compileCondition(entry: ConditionEntry, version: PolicyVersion): CompiledCondition {
  if (entry.operator === 'Null') return compileNull(entry);
  const spec = OPERATORS[entry.operator];
  const tests = entry.values.map((v) => spec.compile(v, version));
  const valueOk = spec.negated ? norTest(tests) : orTest(tests);
  const fail = (actual: ContextValue | undefined, missingVariable = false): ConditionFailure =>
    missingVariable ? { entry, actual: actual?.values, missingVariable } : { entry, actual: actual?.values };

  return (context) => {
    const actual = lookup(context, entry.key);
    if (!actual) {
      if (entry.ifExists || entry.qualifier === 'ForAllValues') return null;
      if (entry.qualifier === 'ForAnyValue') return fail(actual);
      return spec.negated ? null : fail(actual);
    }
    let missing = false;
    const check = (v: string) => {
      const r = valueOk(v, context);
      if (r === null) missing = true;
      return r === true;
    };
    const values = actual.values;
    let ok: boolean;
    if (entry.qualifier === 'ForAllValues') ok = values.every(check);
    else if (entry.qualifier === 'ForAnyValue' || !spec.negated) ok = values.some(check);
    // A negated operator without a set qualifier: no request value may match any policy value.
    else ok = values.every(check);
    return ok ? null : fail(actual, missing);
  };
}

function orTest(tests: readonly ValueTest[]): ValueTest {
  return (actual, context) => {
    let unresolved = false;
    for (const t of tests) {
      const r = t(actual, context);
      if (r === true) return true;
      if (r === null) unresolved = true;
    }
    return unresolved ? null : false;
  };
}

function norTest(tests: readonly ValueTest[]): ValueTest {
  return (actual, context) => {
    for (const t of tests) {
      const r = t(actual, context);
      // wording/behaviour unverified: an unresolvable variable in a negated operator fails the entry
      if (r === null) return null;
      if (r) return false;
    }
    return true;
  };
}

/** `Null`: "true" matches an absent key, "false" a present one (IfExists does not apply to Null). */
function compileNull(entry: ConditionEntry): CompiledCondition {
  const wantAbsent = entry.values.some((v) => v.toLowerCase() === 'true');
  const wantPresent = entry.values.some((v) => v.toLowerCase() === 'false');
  return (context) => {
    const actual = lookup(context, entry.key);
    const present = actual !== undefined && actual.values.length > 0;
    return (present ? wantPresent : wantAbsent) ? null : { entry, actual: actual?.values };
  };
}
