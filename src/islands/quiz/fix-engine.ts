import { runChecks } from '../../grading/quiz/cases.ts';
import type { QuestionOf } from '../../grading/quiz/schema.ts';
import { type Decision, type PolicyKind, parsePolicy } from '../../sim/policy/index.ts';

/**
 * The policy engine as the fix-the-policy editor uses it. Loaded with `import()` when such a question is
 * shown, so the engine stays out of every other page and question.
 */

/** IAM's complaint about the edited text (`MalformedPolicyDocument: …`), or null when the policy is valid. */
export function policyProblem(text: string, kind: PolicyKind): string | null {
  const parsed = parsePolicy(text, kind);
  if (parsed.ok) return null;
  const at = parsed.path ? ` (at ${parsed.path})` : '';
  return `${parsed.error.code}: ${parsed.error.message}${at}${jsonDetail(text)}`;
}

/** IAM only says "Syntax errors in policy"; the JSON parser's position helps a learner find the typo. */
function jsonDetail(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return ` ${(error as Error).message}.`;
  }
}

/** One check's outcome, as the feedback shows it. */
export interface CheckOutcome {
  readonly label: string;
  readonly expect: Decision;
  readonly got: Decision;
  readonly passed: boolean;
  /** The engine's reason for `got`. */
  readonly summary: string;
}

/** The edited policy's grade: refused as malformed, or every check's outcome. */
export type PolicyGrade =
  | { readonly ok: false; readonly error: string }
  | { readonly ok: true; readonly correct: boolean; readonly checks: readonly CheckOutcome[] };

/** Runs the question's behaviour checks (src/grading/quiz/cases.ts) against the learner's text. */
export function gradePolicy(
  question: QuestionOf<'fix-policy'>,
  text: string,
  labels: readonly string[],
): PolicyGrade {
  const problem = policyProblem(text, question.kind);
  if (problem) return { ok: false, error: problem };
  const outcome = runChecks(question, text);
  if (!outcome.ok) return outcome;
  const checks = outcome.results.map((r, i) => ({
    label: labels[i] ?? r.check.label ?? r.check.request.action,
    expect: r.check.expect,
    got: r.result.decision,
    passed: r.passed,
    summary: r.result.explanation.summary,
  }));
  return { ok: true, correct: checks.every((c) => c.passed), checks };
}
