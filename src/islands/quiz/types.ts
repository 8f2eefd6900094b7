import type { QuestionOf } from '../../grading/quiz/schema.ts';
import type { Answer } from '../../grading/quiz/score.ts';
import type { QuizLevel, QuizTopic } from '../../grading/quiz/topics.ts';
import type { Decision } from '../../sim/policy/index.ts';
import type { CheckOutcome } from './fix-engine.ts';

/**
 * What the quiz island receives: bank questions prepared at build time (src/course/quiz-items.ts), with their
 * Markdown already rendered to HTML and predict keys already computed by the policy engine, so neither a
 * Markdown parser nor the engine ships to the browser for them. Fields ending in `Html` are trusted author HTML.
 */

/** Fields every item has. */
interface ItemBase {
  readonly id: string;
  readonly level: QuizLevel;
  readonly topics: readonly QuizTopic[];
  /** The lesson it practises, `module/lesson`. */
  readonly lesson: string;
  /** Inline HTML, so it can sit in a legend. */
  readonly promptHtml: string;
  readonly explanationHtml: string;
}

/** A single- or multiple-choice option, or a step to order. */
export interface ChoiceItem {
  readonly id: string;
  /** Inline HTML, fit for a label. */
  readonly html: string;
  readonly correct: boolean;
  readonly whyHtml: string;
}

/** A policy document shown as formatted JSON under a caption such as "Trust policy". */
export interface ShownPolicy {
  readonly label: string;
  readonly json: string;
}

/** A request a fixed policy must answer as expected. */
export interface ShownCheck {
  readonly label: string;
  readonly expect: Decision;
}

/** One prepared question, discriminated on `type` like the bank's questions. */
export type QuizItem =
  | (ItemBase & { readonly type: 'single' | 'multiple'; readonly choices: readonly ChoiceItem[] })
  | (ItemBase & { readonly type: 'true-false'; readonly answer: boolean; readonly whyHtml: string })
  /** Steps in the right order; the UI shuffles them. */
  | (ItemBase & { readonly type: 'order'; readonly steps: readonly { id: string; html: string }[] })
  | (ItemBase & {
      readonly type: 'predict';
      readonly requestJson: string;
      readonly policies: readonly ShownPolicy[];
      /** The engine's decision, computed at build time. */
      readonly decision: Decision;
      /** The engine's one-line reason. */
      readonly engineSummary: string;
      readonly whyHtml: Readonly<Record<Decision, string>>;
    })
  | (ItemBase & {
      readonly type: 'fix-policy';
      /** What the edited policy is, e.g. "Trust policy". */
      readonly kindLabel: string;
      readonly startJson: string;
      readonly sampleJson: string;
      readonly checks: readonly ShownCheck[];
      /** The other policies in the set. */
      readonly context: readonly ShownPolicy[];
      /** The bank question itself, which the lazily loaded engine grades. */
      readonly source: QuestionOf<'fix-policy'>;
    })
  | (ItemBase & {
      readonly type: 'interview';
      readonly modelAnswerHtml: string;
      readonly keyPointsHtml: readonly string[];
    });

/** An item of one type. */
export type ItemOf<T extends QuizItem['type']> = Extract<QuizItem, { type: T }>;

/** A lesson a question links back to. */
export interface LessonLink {
  readonly title: string;
  readonly href: string;
  readonly level: QuizLevel;
}

/** Lessons by id (`module/lesson`). */
export type LessonLinks = Readonly<Record<string, LessonLink>>;

/** How a question went: the learner's answer (null when time ran out) and whether it was right. */
export interface Outcome {
  readonly answer: Answer | null;
  readonly correct: boolean;
  /** Fix-the-policy only: each behaviour check's result. */
  readonly checks?: readonly CheckOutcome[];
}

/** What every question component gets. */
export interface QuestionProps<T extends QuizItem['type']> {
  readonly item: ItemOf<T>;
  /** The run's seed, so choices and steps shuffle the same way on reload. */
  readonly seed: number;
  /** The answer once submitted: the controls then show it, read-only. */
  readonly submitted: Answer | null;
  /** The submit button's text, e.g. "Check answer". */
  readonly submitLabel: string;
  readonly onAnswer: (outcome: Outcome) => void;
}
