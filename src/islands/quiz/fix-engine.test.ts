import { describe, expect, it } from 'vitest';
import { quizBank } from '../../course/quiz-bank.ts';
import type { QuestionOf } from '../../grading/quiz/schema.ts';
import { scoreAnswer } from '../../grading/quiz/score.ts';
import { gradePolicy, policyProblem } from './fix-engine.ts';

const fixes = quizBank().questions.filter((q): q is QuestionOf<'fix-policy'> => q.type === 'fix-policy');
const text = (doc: unknown) => JSON.stringify(doc, null, 2);

describe('policyProblem', () => {
  it("passes a valid policy and repeats IAM's words for a broken one, with the JSON position", () => {
    const valid = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    };
    expect(policyProblem(text(valid), 'identity')).toBeNull();
    expect(policyProblem('{"Version": "2012-10-17",}', 'identity')).toMatch(
      /^MalformedPolicyDocument: Syntax errors in policy\. .*position/,
    );
  });

  it('knows what a trust policy needs', () => {
    const noPrincipal = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] };
    expect(policyProblem(text(noPrincipal), 'trust')).toBe(
      'MalformedPolicyDocument: Missing required field Principal (at Statement[0].Principal)',
    );
  });
});

describe('gradePolicy', () => {
  it('fails every starting policy and passes every sample, like scoreAnswer', () => {
    expect(fixes.length).toBeGreaterThan(0);
    for (const q of fixes) {
      const labels = q.checks.map((c) => c.label ?? '');
      const start = gradePolicy(q, text(q.start), labels);
      const sample = gradePolicy(q, text(q.sample), labels);
      expect(start, q.id).toMatchObject({ ok: true, correct: false });
      expect(sample, q.id).toMatchObject({ ok: true, correct: true });
      expect(scoreAnswer(q, { type: 'fix-policy', policy: text(q.start) }).correct).toBe(false);
    }
  });

  it('reports each check with the decision it got and why', () => {
    const q = fixes[0] as QuestionOf<'fix-policy'>;
    const graded = gradePolicy(q, text(q.start), ['first']);
    if (!graded.ok) throw new Error(graded.error);
    expect(graded.checks[0]?.label).toBe('first');
    expect(graded.checks.some((c) => !c.passed && c.got !== c.expect && c.summary.length > 0)).toBe(true);
  });

  it('refuses a malformed policy without grading it', () => {
    const q = fixes[0] as QuestionOf<'fix-policy'>;
    expect(gradePolicy(q, '{', [])).toMatchObject({ ok: false });
  });
});
