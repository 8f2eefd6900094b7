import type { ConditionEntry, ConditionOperator, PolicyKind, Statement } from '../types.ts';
import { wildcardMatches } from '../wildcard.ts';

/** Policy kinds that grant access; boundaries, session policies and SCPs only cap it, so breadth there is normal. */
export const GRANTING_KINDS: ReadonlySet<PolicyKind> = new Set(['identity', 'resource']);

/** Operators that can pass for values the policy did not name, so they never pin a key down. */
const NEGATED: ReadonlySet<ConditionOperator> = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'ArnNotEquals',
  'ArnNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
  'Null',
]);

/**
 * The condition entry that pins one of `keys` to named values, if any. It must be a positive operator,
 * not `...IfExists` or `ForAllValues:` (both pass when the key is absent) and not the bare value `*`.
 */
export function restrictingCondition(s: Statement, keys: readonly string[]): ConditionEntry | undefined {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  return s.conditions.find(
    (c) =>
      wanted.has(c.key.toLowerCase()) &&
      !c.ifExists &&
      c.qualifier !== 'ForAllValues' &&
      !NEGATED.has(c.operator) &&
      c.values.length > 0 &&
      !c.values.includes('*'),
  );
}

/** Whether the statement's Action/NotAction covers `action` (action names are case-insensitive). */
export function coversAction(s: Statement, action: string): boolean {
  const named = s.action.values.some((p) => wildcardMatches(p, action, true));
  return s.action.kind === 'Action' ? named : !named;
}

/** Whether `Resource` lists the bare `*`. */
export function onEveryResource(s: Statement): boolean {
  return s.resource?.kind === 'Resource' && s.resource.values.includes('*');
}

/** The values of one principal type in `Principal` (not `NotPrincipal`); `*` for the bare-star form. */
export function principals(s: Statement, type: 'AWS' | 'Service' | 'Federated'): readonly string[] {
  const block = s.principal;
  if (block?.kind !== 'Principal') return [];
  if (block.spec.kind === '*') return type === 'AWS' ? ['*'] : [];
  return block.spec.entries[type] ?? [];
}

/** The account an AWS principal names (`123456789012`, `arn:aws:iam::123456789012:...`, `arn:aws:sts::...`). */
export function principalAccount(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value)?.[1];
}
