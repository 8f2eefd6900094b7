import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBank } from './bank.ts';
import { predictResult } from './cases.ts';
import { type Question, questionSchema } from './schema.ts';
import { type Answer, scoreAnswer } from './score.ts';

const common = {
  level: 'basic',
  topics: ['sts'],
  lesson: 'foundations/what-is-a-role',
  prompt: 'Question?',
  explanation: 'Because.',
};
const question = (fields: Record<string, unknown>): Question =>
  questionSchema.parse({ ...common, ...fields });

/** Narrows a parsed question to one type (a test-setup mistake throws). */
function ofType<T extends Question['type']>(q: Question, type: T): Extract<Question, { type: T }> {
  if (q.type !== type) throw new Error(`expected a ${type} question, got ${q.type}`);
  return q as Extract<Question, { type: T }>;
}

const single = question({
  id: 'which-service',
  type: 'single',
  choices: [
    { id: 'iam', text: 'IAM', correct: false, why: 'IAM stores roles.' },
    { id: 'sts', text: 'STS', correct: true, why: 'STS issues credentials.' },
    { id: 'kms', text: 'KMS', correct: false, why: 'KMS manages keys.' },
  ],
});

const multiple = question({
  id: 'credential-parts',
  type: 'multiple',
  choices: [
    { id: 'key', text: 'Access key ID', correct: true, why: 'Part of it.' },
    { id: 'token', text: 'Session token', correct: true, why: 'Part of it.' },
    { id: 'password', text: 'Password', correct: false, why: 'Roles have none.' },
  ],
});

const trueFalse = question({
  id: 'roles-have-keys',
  type: 'true-false',
  answer: false,
  why: 'Roles have no long-term keys.',
});

const order = question({
  id: 'assume-steps',
  type: 'order',
  steps: [
    { id: 'call', text: 'Call AssumeRole' },
    { id: 'check', text: 'STS checks trust' },
    { id: 'use', text: 'Use the credentials' },
  ],
});

const predict = question({
  id: 'reads-object',
  type: 'predict',
  explanation: 'Implicit deny. Nothing allows it.',
  request: {
    principal: 'arn:aws:sts::111122223333:assumed-role/Reader/s',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::media/a.mp4',
    resourceAccount: '111122223333',
  },
  policies: {
    identity: [
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
    ],
  },
  why: {
    Allow: 'Only reads are allowed.',
    ExplicitDeny: 'Nothing denies.',
    ImplicitDeny: 'Nothing allows writes.',
  },
});

const trustCheck = (principal: string, expect: string) => ({
  request: { principal, action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/fn' },
  expect,
});
const fixPolicy = ofType(
  question({
    id: 'fix-trust',
    type: 'fix-policy',
    kind: 'trust',
    start: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    },
    checks: [
      { label: 'Lambda can assume it', ...trustCheck('lambda.amazonaws.com', 'Allow') },
      trustCheck('ec2.amazonaws.com', 'ImplicitDeny'),
    ],
    sample: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    },
  }),
  'fix-policy',
);

const interview = question({
  id: 'what-is-a-role',
  type: 'interview',
  modelAnswer: 'An identity without long-term credentials.',
  keyPoints: ['No long-term credentials', 'Trust policy', 'Temporary credentials'],
});

describe('scoreAnswer', () => {
  it('scores a single-choice answer and explains a wrong one with the right answer', () => {
    expect(scoreAnswer(single, { type: 'single', choice: 'sts' })).toEqual({
      correct: true,
      feedback: 'STS issues credentials.',
    });
    expect(scoreAnswer(single, { type: 'single', choice: 'kms' })).toEqual({
      correct: false,
      feedback: 'KMS manages keys.\n\nThe answer is **STS**: STS issues credentials.',
    });
  });

  it('needs exactly the right set for a multiple-choice answer', () => {
    expect(scoreAnswer(multiple, { type: 'multiple', choices: ['token', 'key'] }).correct).toBe(true);
    const missed = scoreAnswer(multiple, { type: 'multiple', choices: ['key'] });
    expect(missed).toEqual({
      correct: false,
      feedback: '- Right: Access key ID (Part of it.)\n- Missed: Session token (Part of it.)',
    });
    const extra = scoreAnswer(multiple, { type: 'multiple', choices: ['key', 'token', 'password'] });
    expect(extra.correct).toBe(false);
    expect(extra.feedback).toContain('- Wrong: Password (Roles have none.)');
  });

  it('scores true-false and gives the misconception to a wrong answer', () => {
    expect(scoreAnswer(trueFalse, { type: 'true-false', answer: false })).toEqual({
      correct: true,
      feedback: 'The statement is false.',
    });
    expect(scoreAnswer(trueFalse, { type: 'true-false', answer: true })).toEqual({
      correct: false,
      feedback: 'The statement is false. Roles have no long-term keys.',
    });
  });

  it('scores an order answer and points at the first misplaced step', () => {
    expect(scoreAnswer(order, { type: 'order', steps: ['call', 'check', 'use'] }).correct).toBe(true);
    expect(scoreAnswer(order, { type: 'order', steps: ['call', 'use', 'check'] })).toEqual({
      correct: false,
      feedback:
        'Step 2 should be **STS checks trust**. The right order:\n\n1. Call AssumeRole\n2. STS checks trust\n3. Use the credentials',
    });
  });

  it('computes the predict key with the engine', () => {
    const right = scoreAnswer(predict, { type: 'predict', decision: 'ImplicitDeny' });
    expect(right.correct).toBe(true);
    expect(right.feedback).toMatch(/^Nothing allows writes\.\n\nThe engine says: ImplicitDeny: /);
    const wrong = scoreAnswer(predict, { type: 'predict', decision: 'Allow' });
    expect(wrong.correct).toBe(false);
    expect(wrong.feedback).toMatch(
      /^Only reads are allowed\.\n\nThe answer is \*\*Implicit deny\*\*: Nothing allows writes\./,
    );
  });

  it('runs every check against an edited policy given as JSON text', () => {
    expect(scoreAnswer(fixPolicy, { type: 'fix-policy', policy: JSON.stringify(fixPolicy.sample) })).toEqual({
      correct: true,
      feedback:
        '- Pass: Lambda can assume it: Allow\n- Pass: ec2.amazonaws.com calling sts:AssumeRole on arn:aws:iam::111122223333:role/fn: ImplicitDeny',
    });
    const start = scoreAnswer(fixPolicy, { type: 'fix-policy', policy: JSON.stringify(fixPolicy.start) });
    expect(start.correct).toBe(false);
    expect(start.feedback).toContain(
      '- Fail: Lambda can assume it: expected Allow, got ImplicitDeny (ImplicitDeny: ',
    );
  });

  it('reports IAM’s error for a malformed edited policy', () => {
    expect(scoreAnswer(fixPolicy, { type: 'fix-policy', policy: '{"Version": ' })).toEqual({
      correct: false,
      feedback: 'IAM rejects the policy: MalformedPolicyDocument: Syntax errors in policy.',
    });
    const withResource = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Resource: '*',
        },
      ],
    };
    const result = scoreAnswer(fixPolicy, { type: 'fix-policy', policy: withResource });
    expect(result.correct).toBe(false);
    expect(result.feedback).toMatch(
      /^IAM rejects the policy: MalformedPolicyDocument: Has prohibited field Resource/,
    );
  });

  it('scores a self-assessed interview answer by its key points', () => {
    expect(scoreAnswer(interview, { type: 'interview', covered: [0, 1, 2] }).correct).toBe(true);
    expect(scoreAnswer(interview, { type: 'interview', covered: [1] })).toEqual({
      correct: false,
      feedback: 'Key points to add:\n- No long-term credentials\n- Temporary credentials',
    });
  });

  it('treats an answer of the wrong type or to a missing choice as a caller bug', () => {
    expect(() => scoreAnswer(single, { type: 'true-false', answer: true })).toThrow(/cannot score single/);
    expect(() => scoreAnswer(single, { type: 'single', choice: 'nope' })).toThrow(/no choice "nope"/);
    expect(() => scoreAnswer(order, { type: 'order', steps: ['call', 'use'] })).toThrow(/each step once/);
  });
});

/** The key answer for any question, derived the way a learner would give it. */
function keyAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.choices.find((c) => c.correct)?.id ?? '' };
    case 'multiple':
      return { type: 'multiple', choices: q.choices.filter((c) => c.correct).map((c) => c.id) };
    case 'true-false':
      return { type: 'true-false', answer: q.answer };
    case 'order':
      return { type: 'order', steps: q.steps.map((s) => s.id) };
    case 'predict':
      return { type: 'predict', decision: predictResult(q).decision };
    case 'fix-policy':
      return { type: 'fix-policy', policy: JSON.stringify(q.sample, null, 2) };
    case 'interview':
      return { type: 'interview', covered: q.keyPoints.map((_, i) => i) };
  }
}

describe('every bank question accepts its key', () => {
  const dir = join(import.meta.dirname, '../../../content/quizzes');
  const bank = parseBank(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') })),
  );
  for (const q of bank.questions) {
    it(q.id, () => {
      const result = scoreAnswer(q, keyAnswer(q));
      expect(result.correct, result.feedback).toBe(true);
      expect(result.feedback.length).toBeGreaterThan(0);
    });
  }
});
