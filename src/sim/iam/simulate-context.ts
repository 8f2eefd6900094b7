import type { Explanation, NamedPolicy, StatementTrace } from '../policy/index.ts';
import type { ContextValues } from '../world/request-context.ts';

/** One `ContextEntry` of a simulation request. */
export interface ContextEntry {
  readonly ContextKeyName?: string;
  readonly ContextKeyValues?: readonly string[];
  readonly ContextKeyType?: string;
}

/**
 * The request context a simulation runs with: only the entries given ("the simulator does not fill in context
 * values"); `…List` types are multivalued keys, the others take their first value.
 */
export function simulationContext(entries: readonly ContextEntry[]): ContextValues {
  const context: ContextValues = {};
  for (const e of entries) {
    if (!e.ContextKeyName) continue;
    const values = e.ContextKeyValues ?? [];
    context[e.ContextKeyName] = e.ContextKeyType?.endsWith('List') ? values : (values[0] ?? '');
  }
  return context;
}

/**
 * `MissingContextValues`: condition keys (and policy variables in Resource) of the statements whose Action and
 * Resource match the request, that the request context lacks.
 */
export function missingContextValues(
  explanation: Explanation,
  policies: readonly NamedPolicy[],
  context: ContextValues,
): string[] {
  const present = new Set(Object.keys(context).map((k) => k.toLowerCase()));
  const missing = new Map<string, string>();
  const add = (key: string) => {
    if (!present.has(key.toLowerCase()) && !missing.has(key.toLowerCase()))
      missing.set(key.toLowerCase(), key);
  };
  for (const trace of explanation.policies) {
    const policy = policies.find((p) => p.type === trace.type && samePolicy(p, trace));
    for (const s of trace.statements) {
      if (!actionAndResourceMatch(s)) {
        if (s.mismatch?.element === 'Resource' && s.mismatch.missingVariable) add(s.mismatch.missingVariable);
        continue;
      }
      const statement = policy?.document.statements[s.ref.statementIndex];
      for (const c of statement?.conditions ?? []) add(c.key);
    }
  }
  return [...missing.values()];
}

function actionAndResourceMatch(s: StatementTrace): boolean {
  const e = s.mismatch?.element;
  return e === undefined || e === 'Condition' || e === 'Principal' || e === 'NotPrincipal';
}

function samePolicy(p: NamedPolicy, trace: { readonly name?: string; readonly arn?: string }): boolean {
  return p.name === trace.name && p.arn === trace.arn;
}
