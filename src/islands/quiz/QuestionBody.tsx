import { ChoiceQuestion, TrueFalseQuestion } from './ChoiceQuestion.tsx';
import { FixPolicyQuestion } from './FixPolicyQuestion.tsx';
import { InterviewQuestion } from './InterviewQuestion.tsx';
import { OrderQuestion } from './OrderQuestion.tsx';
import { PredictQuestion } from './PredictQuestion.tsx';
import type { Outcome, QuizItem } from './types.ts';

/** The answer form for any question type. */
export function QuestionBody({
  item,
  seed,
  outcome,
  submitLabel,
  onAnswer,
  onReveal,
}: {
  item: QuizItem;
  seed: number;
  /** Set once answered: the form shows the answer, read-only. */
  outcome: Outcome | null;
  submitLabel: string;
  onAnswer: (outcome: Outcome) => void;
  /** Interview questions: the model answer was revealed. */
  onReveal?: () => void;
}) {
  const common = { seed, submitted: outcome?.answer ?? null, submitLabel, onAnswer };
  switch (item.type) {
    case 'single':
    case 'multiple':
      return <ChoiceQuestion item={item} {...common} />;
    case 'true-false':
      return <TrueFalseQuestion item={item} {...common} />;
    case 'order':
      return <OrderQuestion item={item} {...common} />;
    case 'predict':
      return <PredictQuestion item={item} {...common} />;
    case 'fix-policy':
      return <FixPolicyQuestion item={item} {...common} />;
    case 'interview':
      return <InterviewQuestion item={item} {...common} onReveal={onReveal} />;
  }
}
