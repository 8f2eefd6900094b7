import { type SubmitEvent, useMemo, useState } from 'react';
import { isCorrect } from './grade.ts';
import { Html } from './Html.tsx';
import { TYPE_HINT } from './labels.ts';
import { OptionGroup } from './OptionGroup.tsx';
import { shuffleFor } from './random.ts';
import { SubmitRow } from './SubmitRow.tsx';
import type { QuestionProps } from './types.ts';

/** Focuses the group's first control, so a refused submission leaves the learner where they can fix it. */
function focusFirst(form: HTMLFormElement): void {
  form.querySelector<HTMLInputElement>('input')?.focus();
}

/** Single choice (radio buttons) or multiple choice (checkboxes), choices shuffled per run. */
export function ChoiceQuestion({
  item,
  seed,
  submitted,
  submitLabel,
  onAnswer,
}: QuestionProps<'single' | 'multiple'>) {
  const options = useMemo(() => shuffleFor(item.choices, seed, item.id), [item, seed]);
  const initial =
    submitted?.type === 'single'
      ? [submitted.choice]
      : submitted?.type === 'multiple'
        ? submitted.choices
        : [];
  const [selected, setSelected] = useState<readonly string[]>(initial);
  const [error, setError] = useState('');
  const multiple = item.type === 'multiple';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [first] = selected;
    if (first === undefined) {
      setError(multiple ? 'Choose at least one answer first.' : 'Choose an answer first.');
      focusFirst(event.currentTarget);
      return;
    }
    const answer = multiple
      ? { type: 'multiple' as const, choices: selected }
      : { type: 'single' as const, choice: first };
    onAnswer({ answer, correct: isCorrect(item, answer) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <OptionGroup
        name={`qz-${item.id}`}
        kind={multiple ? 'checkbox' : 'radio'}
        legend={<Html as="span" className="qz-prompt" html={item.promptHtml} />}
        hint={TYPE_HINT[item.type] ?? ''}
        options={options}
        selected={selected}
        onChange={(next) => {
          setSelected(next);
          setError('');
        }}
        disabled={submitted !== null}
      />
      {submitted === null && <SubmitRow label={submitLabel} error={error} errorId={`qz-${item.id}-error`} />}
    </form>
  );
}

const TRUE_FALSE = [
  { id: 'true', html: 'True' },
  { id: 'false', html: 'False' },
];

/** A statement to judge true or false. */
export function TrueFalseQuestion({ item, submitted, submitLabel, onAnswer }: QuestionProps<'true-false'>) {
  const initial = submitted?.type === 'true-false' ? [String(submitted.answer)] : [];
  const [selected, setSelected] = useState<readonly string[]>(initial);
  const [error, setError] = useState('');

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected.length === 0) {
      setError('Choose True or False first.');
      focusFirst(event.currentTarget);
      return;
    }
    const answer = { type: 'true-false' as const, answer: selected[0] === 'true' };
    onAnswer({ answer, correct: isCorrect(item, answer) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <OptionGroup
        name={`qz-${item.id}`}
        kind="radio"
        legend={<Html as="span" className="qz-prompt" html={item.promptHtml} />}
        hint={TYPE_HINT['true-false'] ?? ''}
        options={TRUE_FALSE}
        selected={selected}
        onChange={(next) => {
          setSelected(next);
          setError('');
        }}
        disabled={submitted !== null}
      />
      {submitted === null && <SubmitRow label={submitLabel} error={error} errorId={`qz-${item.id}-error`} />}
    </form>
  );
}
