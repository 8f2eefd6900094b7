import { type LoadedCase, loadCase } from '../../sim/policy/case.ts';
import { type Decision, type EvalResult, evaluate, parsePolicy } from '../../sim/policy/index.ts';
import type { FixCheck, QuestionOf } from './schema.ts';

type PredictQuestion = QuestionOf<'predict'>;
type FixQuestion = QuestionOf<'fix-policy'>;
type RawPolicies = NonNullable<FixQuestion['template']>;

/** Where an edited policy of each kind sits in the policy set. */
export const SLOT_OF = {
  identity: 'identity',
  trust: 'resource',
  resource: 'resource',
  boundary: 'permissionsBoundary',
  session: 'session',
  scp: 'scp',
} as const;

/** How explanations name each decision; a predict explanation opens with its decision's label. */
export const DECISION_LABEL: Readonly<Record<Decision, string>> = {
  Allow: 'Allowed',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny',
};

/** A case that loaded, or the loader's message without its `case 0 ("id"): ` prefix. */
export type CaseResult =
  | { readonly ok: true; readonly value: LoadedCase }
  | { readonly ok: false; readonly message: string };

function load(id: string, request: unknown, policies: unknown): CaseResult {
  const result = loadCase({ id, request, policies }, 0);
  if (result.ok) return result;
  const prefix = `case 0 (${JSON.stringify(id)}): `;
  const message = result.message.startsWith(prefix) ? result.message.slice(prefix.length) : result.message;
  return { ok: false, message };
}

/** Loads a predict question's request and policies as a policy case. */
export function predictCase(q: PredictQuestion): CaseResult {
  return load(q.id, q.request, q.policies);
}

/** The engine's answer to a predict question: the key is always computed, never stored. */
export function predictResult(q: PredictQuestion): EvalResult {
  const loaded = predictCase(q);
  if (!loaded.ok) throw new Error(`predict question ${q.id} does not load: ${loaded.message}`);
  return evaluate(loaded.value.request, loaded.value.policies);
}

/** The template's policies with `document` placed in the slot its kind calls for. */
export function withPolicy(q: FixQuestion, document: unknown): RawPolicies {
  const t: RawPolicies = q.template ?? {};
  switch (SLOT_OF[q.kind]) {
    case 'identity':
      return { ...t, identity: [...(t.identity ?? []), document] };
    case 'resource':
      return { ...t, resource: document };
    case 'permissionsBoundary':
      return { ...t, permissionsBoundary: document };
    case 'session':
      return { ...t, session: [...(t.session ?? []), document] };
    case 'scp': {
      // The edited SCP joins the account level (the last one), or forms the only level.
      const levels = t.scps ?? [];
      const last = levels.at(-1) ?? [];
      return { ...t, scps: [...levels.slice(0, -1), [...last, document]] };
    }
  }
}

/** One check's outcome. */
export interface CheckResult {
  readonly check: FixCheck;
  readonly result: EvalResult;
  readonly passed: boolean;
}

/** Running the checks: the edited policy was malformed (IAM's error), or every check's outcome. */
export type ChecksOutcome =
  | { readonly ok: false; readonly error: string }
  | { readonly ok: true; readonly results: readonly CheckResult[] };

/** Validates `document` (JSON text or a parsed value) as the question's kind, then evaluates every check. */
export function runChecks(q: FixQuestion, document: unknown): ChecksOutcome {
  const parsed = parsePolicy(document, q.kind);
  if (!parsed.ok) {
    const at = parsed.path ? ` (at ${parsed.path})` : '';
    return { ok: false, error: `${parsed.error.code}: ${parsed.error.message}${at}` };
  }
  const raw: unknown = typeof document === 'string' ? JSON.parse(document) : document;
  const results = q.checks.map((check, i) => {
    const loaded = load(q.id, check.request, withPolicy(q, raw));
    if (!loaded.ok)
      throw new Error(`fix-policy question ${q.id} check ${i} does not load: ${loaded.message}`);
    const result = evaluate(loaded.value.request, loaded.value.policies);
    return { check, result, passed: result.decision === check.expect };
  });
  return { ok: true, results };
}

/** Loads a check as a case with `document` in place, for author validation. */
export function checkCase(q: FixQuestion, index: number, document: unknown): CaseResult {
  const check = q.checks[index];
  if (!check) throw new Error(`fix-policy question ${q.id} has no check ${index}`);
  return load(q.id, check.request, withPolicy(q, document));
}
