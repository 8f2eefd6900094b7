import type { Decision } from '../../sim/policy/index.ts';
import { DECISION_LABEL, predictResult, runChecks } from './cases.ts';
import type { Question, QuestionOf } from './schema.ts';

/** A learner's answer, tagged with the question type it answers. */
export type Answer =
  | { readonly type: 'single'; readonly choice: string }
  | { readonly type: 'multiple'; readonly choices: readonly string[] }
  | { readonly type: 'true-false'; readonly answer: boolean }
  /** Step ids in the order the learner put them. */
  | { readonly type: 'order'; readonly steps: readonly string[] }
  | { readonly type: 'predict'; readonly decision: Decision }
  /** The edited policy as JSON text (or an already-parsed document). */
  | { readonly type: 'fix-policy'; readonly policy: unknown }
  /** Indexes of the key points the learner says their answer covered (self-assessed). */
  | { readonly type: 'interview'; readonly covered: readonly number[] };

/** Whether the answer is right, and what to tell the learner (Markdown). */
export interface Score {
  readonly correct: boolean;
  readonly feedback: string;
}

type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

/** Scores one answer. An answer for another question type is a caller bug and throws. */
export function scoreAnswer(question: Question, answer: Answer): Score {
  if (question.type !== answer.type) {
    throw new Error(`a ${answer.type} answer cannot score ${question.type} question ${question.id}`);
  }
  switch (question.type) {
    case 'single':
      return scoreSingle(question, answer as AnswerOf<'single'>);
    case 'multiple':
      return scoreMultiple(question, answer as AnswerOf<'multiple'>);
    case 'true-false':
      return scoreTrueFalse(question, answer as AnswerOf<'true-false'>);
    case 'order':
      return scoreOrder(question, answer as AnswerOf<'order'>);
    case 'predict':
      return scorePredict(question, answer as AnswerOf<'predict'>);
    case 'fix-policy':
      return scoreFixPolicy(question, answer as AnswerOf<'fix-policy'>);
    case 'interview':
      return scoreInterview(question, answer as AnswerOf<'interview'>);
  }
}

function scoreSingle(q: QuestionOf<'single'>, a: AnswerOf<'single'>): Score {
  const picked = q.choices.find((c) => c.id === a.choice);
  const right = q.choices.find((c) => c.correct);
  if (!picked || !right) throw new Error(`question ${q.id} has no choice "${a.choice}"`);
  if (picked.correct) return { correct: true, feedback: picked.why };
  return { correct: false, feedback: `${picked.why}\n\nThe answer is **${right.text}**: ${right.why}` };
}

function scoreMultiple(q: QuestionOf<'multiple'>, a: AnswerOf<'multiple'>): Score {
  const picked = new Set(a.choices);
  for (const id of picked) {
    if (!q.choices.some((c) => c.id === id)) throw new Error(`question ${q.id} has no choice "${id}"`);
  }
  const wrong = q.choices.filter((c) => picked.has(c.id) !== c.correct);
  const lines = q.choices
    .filter((c) => picked.has(c.id) || c.correct)
    .map((c) => {
      const mark = !picked.has(c.id) ? 'Missed' : c.correct ? 'Right' : 'Wrong';
      return `- ${mark}: ${c.text} (${c.why})`;
    });
  return { correct: wrong.length === 0, feedback: lines.join('\n') };
}

function scoreTrueFalse(q: QuestionOf<'true-false'>, a: AnswerOf<'true-false'>): Score {
  const correct = a.answer === q.answer;
  const verdict = `The statement is ${q.answer ? 'true' : 'false'}.`;
  return { correct, feedback: correct ? verdict : `${verdict} ${q.why}` };
}

function scoreOrder(q: QuestionOf<'order'>, a: AnswerOf<'order'>): Score {
  const ids = q.steps.map((s) => s.id);
  const given = [...a.steps].sort().join('\n');
  if (given !== [...ids].sort().join('\n')) throw new Error(`answer to ${q.id} must list each step once`);
  const first = ids.findIndex((id, i) => a.steps[i] !== id);
  if (first === -1) return { correct: true, feedback: 'Every step is in place.' };
  const order = q.steps.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
  return {
    correct: false,
    feedback: `Step ${first + 1} should be **${q.steps[first]?.text}**. The right order:\n\n${order}`,
  };
}

function scorePredict(q: QuestionOf<'predict'>, a: AnswerOf<'predict'>): Score {
  const result = predictResult(q);
  const key = result.decision;
  const engine = `The engine says: ${result.explanation.summary}`;
  if (a.decision === key) return { correct: true, feedback: `${q.why[key]}\n\n${engine}` };
  return {
    correct: false,
    feedback: `${q.why[a.decision]}\n\nThe answer is **${DECISION_LABEL[key]}**: ${q.why[key]}\n\n${engine}`,
  };
}

function scoreFixPolicy(q: QuestionOf<'fix-policy'>, a: AnswerOf<'fix-policy'>): Score {
  const outcome = runChecks(q, a.policy);
  if (!outcome.ok) return { correct: false, feedback: `IAM rejects the policy: ${outcome.error}` };
  const lines = outcome.results.map(({ check, result, passed }) => {
    const { principal, action, resource } = check.request;
    const what = check.label ?? `${principal} calling ${action} on ${resource}`;
    const got = passed ? result.decision : `expected ${check.expect}, got ${result.decision}`;
    return `- ${passed ? 'Pass' : 'Fail'}: ${what}: ${got}${passed ? '' : ` (${result.explanation.summary})`}`;
  });
  return { correct: outcome.results.every((r) => r.passed), feedback: lines.join('\n') };
}

function scoreInterview(q: QuestionOf<'interview'>, a: AnswerOf<'interview'>): Score {
  const covered = new Set(a.covered);
  const missed = q.keyPoints.filter((_, i) => !covered.has(i));
  if (missed.length === 0) return { correct: true, feedback: 'You covered every key point.' };
  return { correct: false, feedback: `Key points to add:\n${missed.map((p) => `- ${p}`).join('\n')}` };
}
