import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parsePolicy } from '../../sim/policy/index.ts';
import { checkCase, predictCase } from './cases.ts';
import { type Question, questionSchema } from './schema.ts';

/**
 * The quiz bank: every `content/quizzes/*.yaml` file, each a YAML list of questions. This module is pure;
 * hosts read the files (fs in Node, `import.meta.glob(..., { query: '?raw' })` in Astro) and pass the text in.
 */

/** One bank file's path (for messages) and text. */
export interface BankFile {
  readonly path: string;
  readonly text: string;
}

/** An author mistake, naming the file, the question and the field. */
export interface BankProblem {
  readonly file: string;
  /** The question's id, or `#n` (its position) when it has none. */
  readonly question: string;
  /** Dotted path inside the question, e.g. `choices[2].why`; `(file)` for whole-file problems. */
  readonly field: string;
  readonly message: string;
}

/** The validated bank. */
export interface QuizBank {
  readonly questions: readonly Question[];
  /** Which file each question id came from. */
  readonly fileOf: ReadonlyMap<string, string>;
}

/** Thrown by `parseBank`: every problem found, one per line. */
export class QuizBankError extends Error {
  readonly problems: readonly BankProblem[];
  constructor(problems: readonly BankProblem[]) {
    super(`The quiz bank has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'QuizBankError';
    this.problems = problems;
  }
}

/** `file: question "id": field: message`. */
export function formatProblem(p: BankProblem): string {
  const who = p.question.startsWith('#') ? `question ${p.question}` : `question "${p.question}"`;
  return p.field === '(file)' ? `${p.file}: ${p.message}` : `${p.file}: ${who}: ${p.field}: ${p.message}`;
}

/** Validates the bank, returning the questions and every problem found (none when it is valid). */
export function checkBank(files: readonly BankFile[]): { bank: QuizBank; problems: BankProblem[] } {
  const problems: BankProblem[] = [];
  const questions: Question[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const report = (question: string, field: string, message: string) =>
      problems.push({ file: file.path, question, field, message });
    let items: unknown;
    try {
      items = parseYaml(file.text);
    } catch (error) {
      report('', '(file)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!Array.isArray(items)) {
      report('', '(file)', 'must be a YAML list of questions (each item starting with "- id: ...")');
      continue;
    }
    for (const [index, item] of items.entries()) {
      const rawId = (item as { id?: unknown } | null)?.id;
      const name = typeof rawId === 'string' ? rawId : `#${index + 1}`;
      const parsed = questionSchema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(name, formatPath(issue.path), issueText(issue, item));
        continue;
      }
      const q = parsed.data;
      const previous = fileOf.get(q.id);
      if (previous !== undefined) {
        report(name, 'id', `is already used by a question in ${previous}`);
        continue;
      }
      for (const [field, message] of policyProblems(q)) report(name, field, message);
      fileOf.set(q.id, file.path);
      questions.push(q);
    }
  }
  return { bank: { questions, fileOf }, problems };
}

/** Validates the bank and returns it, or throws a QuizBankError listing every problem. */
export function parseBank(files: readonly BankFile[]): QuizBank {
  const { bank, problems } = checkBank(files);
  if (problems.length > 0) throw new QuizBankError(problems);
  return bank;
}

/** Policy documents the schema cannot judge: they must parse, and cases must load. */
function policyProblems(q: Question): [string, string][] {
  if (q.type === 'predict') {
    const loaded = predictCase(q);
    return loaded.ok ? [] : [['policies', loaded.message]];
  }
  if (q.type !== 'fix-policy') return [];
  const out: [string, string][] = [];
  for (const field of ['start', 'sample'] as const) {
    const r = parsePolicy(q[field], q.kind);
    if (!r.ok) out.push([field, `${r.error.code}: ${r.error.message} (a ${q.kind} policy)`]);
  }
  for (const index of q.checks.keys()) {
    const loaded = checkCase(q, index, q.sample);
    if (!loaded.ok) out.push([`checks[${index}]`, loaded.message]);
  }
  return out;
}

function issueText(issue: z.core.$ZodIssue, item: unknown): string {
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected);
    return issue.input === undefined
      ? 'is missing'
      : `expected ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
  }
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') {
    const type = (item as { type?: unknown } | null)?.type;
    const answerKeys = issue.keys.filter((k) => k === 'answer' || k === 'expected');
    if (type === 'predict' && answerKeys.length > 0)
      return `unknown field ${answerKeys.join(', ')}: predict questions store no answer, the policy engine computes it`;
    return `unknown field(s) ${issue.keys.join(', ')}`;
  }
  return issue.message;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(question)';
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}
