import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BankFile, checkBank, formatProblem, parseBank, QuizBankError } from './bank.ts';
import { DECISION_LABEL, predictResult, runChecks } from './cases.ts';
import type { Question, QuestionOf } from './schema.ts';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, 'content/quizzes');

/** The course's lessons and their levels. Some lessons are still being written, so this list is the reference. */
const LESSONS: Readonly<Record<string, Question['level']>> = {
  'foundations/what-is-a-role': 'basic',
  'foundations/temporary-credentials': 'basic',
  'foundations/assume-role-flow': 'basic',
  'trust-and-permissions/trust-vs-permissions': 'basic',
  'trust-and-permissions/policy-evaluation': 'intermediate',
  'service-roles/ec2-instance-profiles': 'intermediate',
  'service-roles/lambda-and-passrole': 'intermediate',
  'cross-account/cross-account-roles': 'intermediate',
  'cross-account/profiles-and-cli': 'intermediate',
  'federation/saml-sso': 'advanced',
  'federation/oidc-web-identity': 'advanced',
  'sessions/duration-and-chaining': 'advanced',
  'sessions/tags-identity-revocation': 'advanced',
  'security-operations/least-privilege': 'advanced',
  'security-operations/organizations-and-auditing': 'advanced',
  'troubleshooting/access-denied': 'intermediate',
  'interview-prep/interview-questions': 'intermediate',
};

/** The Node side of loading: read every YAML file in content/quizzes. */
function readBankFiles(): BankFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: relative(root, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

const files = readBankFiles();
const { bank, problems } = checkBank(files);
const questions = bank.questions;
const ofType = <T extends Question['type']>(type: T) =>
  questions.filter((q): q is QuestionOf<T> => q.type === type);

describe('quiz bank', () => {
  it('validates', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(() => parseBank(files)).not.toThrow();
  });

  it('has unique ids', () => {
    const ids = questions.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has at least 50 questions at each level and 150 in all', () => {
    for (const level of ['basic', 'intermediate', 'advanced'] as const) {
      expect(questions.filter((q) => q.level === level).length, level).toBeGreaterThanOrEqual(50);
    }
    expect(questions.length).toBeGreaterThanOrEqual(150);
  });

  it('represents every question type', () => {
    const minimum = {
      predict: 15,
      'fix-policy': 8,
      interview: 12,
      order: 8,
      single: 1,
      multiple: 1,
      'true-false': 1,
    };
    for (const [type, n] of Object.entries(minimum)) {
      expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(n);
    }
  });

  it('refers only to known lessons, and files match their lessons’ module', () => {
    for (const q of questions) {
      expect(Object.keys(LESSONS), `${q.id}: lesson ${q.lesson}`).toContain(q.lesson);
      const module = q.lesson.split('/')[0];
      expect(bank.fileOf.get(q.id), q.id).toBe(`content/quizzes/${module}.yaml`);
    }
  });

  it('has questions at its own level for every lesson', () => {
    for (const [lesson, level] of Object.entries(LESSONS)) {
      const n = questions.filter((q) => q.lesson === lesson && q.level === level).length;
      expect(n, `${lesson} (${level})`).toBeGreaterThan(0);
    }
  });

  it('has order questions with at least three steps', () => {
    for (const q of ofType('order')) expect(q.steps.length, q.id).toBeGreaterThanOrEqual(3);
  });
});

describe('predict questions: the engine computes the key and the prose agrees', () => {
  for (const q of ofType('predict')) {
    it(q.id, () => {
      const { decision } = predictResult(q);
      expect(Object.keys(q.why)).toContain(decision);
      expect(q.why[decision].length).toBeGreaterThan(0);
      // The explanation opens with the decision it explains, e.g. "Implicit deny. ...".
      const opening = q.explanation.replace(/^\W+/, '');
      expect(opening.toLowerCase(), `${q.id}: engine says ${decision}`).toMatch(
        new RegExp(`^${DECISION_LABEL[decision].toLowerCase()}\\b`),
      );
    });
  }
});

describe('fix-policy questions: the sample passes every check and the start fails one', () => {
  for (const q of ofType('fix-policy')) {
    it(q.id, () => {
      const sample = runChecks(q, q.sample);
      if (!sample.ok) throw new Error(`${q.id}: sample is malformed: ${sample.error}`);
      for (const r of sample.results) {
        expect(r.result.decision, `${q.id} sample: ${r.check.label ?? r.check.request.action}`).toBe(
          r.check.expect,
        );
      }
      const start = runChecks(q, q.start);
      if (!start.ok) throw new Error(`${q.id}: start is malformed: ${start.error}`);
      expect(
        start.results.some((r) => !r.passed),
        `${q.id}: the start policy already passes`,
      ).toBe(true);
    });
  }
});

describe('author errors', () => {
  const base = `- id: sample-question
  type: single
  level: basic
  topics: [sts]
  lesson: foundations/what-is-a-role
  prompt: Which service issues temporary credentials?
  explanation: STS does.
`;
  const problemsOf = (text: string) =>
    checkBank([{ path: 'content/quizzes/x.yaml', text }]).problems.map(formatProblem);

  it('names the file, the question and the field', () => {
    const text = `${base}  choices:
    - {id: sts, text: STS, correct: true, why: Right.}
    - {id: iam, text: IAM, correct: true, why: No.}
    - {id: kms, text: KMS, correct: false}
`;
    expect(problemsOf(text)).toEqual([
      'content/quizzes/x.yaml: question "sample-question": choices[2].why: is missing',
    ]);
  });

  it('checks that a single-choice question has exactly one right answer', () => {
    const text = `${base}  choices:
    - {id: sts, text: STS, correct: true, why: Right.}
    - {id: iam, text: IAM, correct: true, why: No.}
    - {id: kms, text: KMS, correct: false, why: No.}
`;
    expect(problemsOf(text)).toEqual([
      'content/quizzes/x.yaml: question "sample-question": choices: needs exactly one correct choice, has 2',
    ]);
  });

  it('refuses a stored answer on a predict question', () => {
    const text = `- id: p
  type: predict
  level: basic
  topics: [evaluation]
  lesson: foundations/assume-role-flow
  prompt: What happens?
  explanation: Allowed.
  expected: {decision: Allow}
  request: {principal: 'arn:aws:iam::111122223333:user/a', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k'}
  policies: {identity: []}
  why: {Allow: a, ExplicitDeny: b, ImplicitDeny: c}
`;
    expect(problemsOf(text)).toEqual([
      'content/quizzes/x.yaml: question "p": (question): unknown field expected: predict questions store no answer, the policy engine computes it',
    ]);
  });

  it('reports malformed policies with IAM’s error', () => {
    const text = `- id: p
  type: predict
  level: basic
  topics: [evaluation]
  lesson: foundations/assume-role-flow
  prompt: What happens?
  explanation: Allowed.
  request: {principal: 'arn:aws:iam::111122223333:user/a', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k'}
  policies: {identity: [{Version: '2012-10-17', Statement: {Effect: allow, Action: 's3:*', Resource: '*'}}]}
  why: {Allow: a, ExplicitDeny: b, ImplicitDeny: c}
`;
    expect(problemsOf(text)).toEqual([
      'content/quizzes/x.yaml: question "p": policies: policies.identity[0]: MalformedPolicyDocument: The policy failed legacy parsing (at Statement[0])',
    ]);
  });

  it('reports a duplicate id with the file that has it first', () => {
    const text = `${base}  choices:
    - {id: sts, text: STS, correct: true, why: Right.}
    - {id: iam, text: IAM, correct: false, why: No.}
    - {id: kms, text: KMS, correct: false, why: No.}
`;
    const found = checkBank([
      { path: 'content/quizzes/a.yaml', text },
      { path: 'content/quizzes/b.yaml', text },
    ]).problems.map(formatProblem);
    expect(found).toEqual([
      'content/quizzes/b.yaml: question "sample-question": id: is already used by a question in content/quizzes/a.yaml',
    ]);
  });

  it('reports a file that is not a list', () => {
    expect(problemsOf('id: x\n')).toEqual([
      'content/quizzes/x.yaml: must be a YAML list of questions (each item starting with "- id: ...")',
    ]);
  });

  it('throws every problem at once from parseBank', () => {
    expect(() => parseBank([{ path: 'content/quizzes/x.yaml', text: 'id: x\n' }])).toThrow(QuizBankError);
  });
});
