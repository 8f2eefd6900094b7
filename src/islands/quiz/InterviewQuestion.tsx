import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import { isCorrect } from './grade.ts';
import { Html } from './Html.tsx';
import { TYPE_HINT } from './labels.ts';
import { OptionGroup } from './OptionGroup.tsx';
import { SubmitRow } from './SubmitRow.tsx';
import type { ItemOf, QuestionProps } from './types.ts';

/** The model answer behind a Reveal button; focus moves to it once shown. */
export function ModelAnswer({
  item,
  revealed,
  onReveal,
}: {
  item: ItemOf<'interview'>;
  revealed: boolean;
  onReveal: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [justRevealed, setJustRevealed] = useState(false);
  useEffect(() => {
    if (justRevealed) heading.current?.focus();
  }, [justRevealed]);
  if (!revealed) {
    return (
      <button
        type="button"
        className="qz-button qz-button--primary"
        onClick={() => {
          setJustRevealed(true);
          onReveal();
        }}
      >
        Reveal model answer
      </button>
    );
  }
  return (
    <section className="qz-model" aria-labelledby={`qz-${item.id}-model`}>
      <h3 className="qz-subheading" id={`qz-${item.id}-model`} tabIndex={-1} ref={heading}>
        Model answer
      </h3>
      <Html html={item.modelAnswerHtml} />
    </section>
  );
}

/** The key points as options, so the learner ticks what their answer covered. */
export const keyPointOptions = (item: ItemOf<'interview'>) =>
  item.keyPointsHtml.map((html, i) => ({ id: String(i), html }));

/** An open interview question, self-assessed: answer, reveal the model answer, tick the key points covered. */
export function InterviewQuestion({
  item,
  submitted,
  submitLabel,
  onAnswer,
  onReveal,
}: QuestionProps<'interview'> & { onReveal?: () => void }) {
  const [revealed, setRevealed] = useState(submitted !== null);
  const [covered, setCovered] = useState<readonly string[]>(
    submitted?.type === 'interview' ? submitted.covered.map(String) : [],
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const answer = { type: 'interview' as const, covered: covered.map(Number) };
    onAnswer({ answer, correct: isCorrect(item, answer) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="qz-legend">
        <Html as="span" className="qz-prompt" html={item.promptHtml} />{' '}
        <span className="qz-hint">{TYPE_HINT.interview}</span>
      </p>
      <ModelAnswer
        item={item}
        revealed={revealed}
        onReveal={() => {
          setRevealed(true);
          onReveal?.();
        }}
      />
      {revealed && (
        <>
          <OptionGroup
            name={`qz-${item.id}`}
            kind="checkbox"
            legend="Which key points did your answer cover?"
            hint="Tick each one you made; leave the rest."
            options={keyPointOptions(item)}
            selected={covered}
            onChange={setCovered}
            disabled={submitted !== null}
          />
          {submitted === null && <SubmitRow label={submitLabel} error="" errorId={`qz-${item.id}-error`} />}
        </>
      )}
    </form>
  );
}
