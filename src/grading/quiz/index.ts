/**
 * The quiz bank's public API: the question schema, loading and validating the bank, and scoring answers.
 * The quiz UI imports from here only.
 */
export {
  type BankFile,
  type BankProblem,
  checkBank,
  formatProblem,
  parseBank,
  type QuizBank,
  QuizBankError,
} from './bank.ts';
export {
  type CheckResult,
  type ChecksOutcome,
  DECISION_LABEL,
  predictResult,
  runChecks,
  SLOT_OF,
} from './cases.ts';
export {
  type FixCheck,
  type Question,
  type QuestionOf,
  type QuestionType,
  questionSchema,
} from './schema.ts';
export { type Answer, type Score, scoreAnswer } from './score.ts';
export { type QuizLevel, type QuizTopic, quizLevels, quizTopics } from './topics.ts';
