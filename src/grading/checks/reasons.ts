import type { RoleRecord } from '../../sim/iam/state.ts';
import { type EvalResult, parsePolicy } from '../../sim/policy/index.ts';

/** The engine's one-line summary without its leading `Allow:` / `ImplicitDeny:` word. */
export function summaryReason(result: EvalResult, resourceName = 'resource-based policy'): string {
  return (
    result.explanation.summary
      .replace(/^(Allow|ExplicitDeny|ImplicitDeny): /, '')
      // The world names the resource slot after its type, so labels read "resource-based policy resource-based policy".
      .replace(/resource-based policy (resource-based policy|trust policy)/g, resourceName)
  );
}

/**
 * Why a trust policy refused: when no statement names the caller, says whom the trust policy does name
 * ("the trust policy's only statement names lambda.amazonaws.com"); otherwise the engine's own reason.
 */
export function trustDenialReason(result: EvalResult, role: RoleRecord): string {
  const e = result.explanation;
  const trust = e.policies.find((p) => p.type === 'resource');
  const namesOthers =
    (e.rule === 'implicit-deny-resource' || e.rule === 'implicit-deny-cross-account-resource') &&
    trust !== undefined &&
    trust.statements.length > 0 &&
    trust.statements.every((s) => !s.applies && s.mismatch?.element === 'Principal');
  if (namesOthers) return trustPrincipals(role.assumeRolePolicyDocument);
  const condition = trust?.statements.find((s) => s.mismatch?.element === 'Condition' && s.reason);
  if (e.implicitDenyBy === 'resource' || e.rule.endsWith('-resource'))
    if (condition?.reason) return `the trust policy's condition is not met: ${condition.reason}`;
  return summaryReason(result, 'the trust policy');
}

/** "the trust policy's only statement names X" / "the trust policy's 2 Allow statements name X and Y". */
export function trustPrincipals(text: string): string {
  const parsed = parsePolicy(text, 'trust');
  if (!parsed.ok) return 'the trust policy does not parse';
  const allows = parsed.policy.statements.filter((s) => s.effect === 'Allow');
  if (allows.length === 0) return 'the trust policy has no Allow statement';
  const names = new Set<string>();
  for (const s of allows) {
    const spec = s.principal?.spec;
    if (!spec) continue;
    if (spec.kind === '*') names.add('everyone ("*")');
    else for (const values of Object.values(spec.entries)) for (const v of values ?? []) names.add(v);
  }
  const list = listing([...names]);
  return allows.length === 1
    ? `the trust policy's only statement names ${list}`
    : `the trust policy's ${allows.length} Allow statements name ${list}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'nobody';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
