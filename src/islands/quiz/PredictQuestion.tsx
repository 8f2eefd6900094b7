import { type SubmitEvent, useState } from 'react';
import type { Decision } from '../../sim/policy/index.ts';
import { isCorrect } from './grade.ts';
import { Html } from './Html.tsx';
import { DECISION_NAME, TYPE_HINT } from './labels.ts';
import { OptionGroup } from './OptionGroup.tsx';
import { JsonBlock, PolicyDocs } from './PolicyDocs.tsx';
import { SubmitRow } from './SubmitRow.tsx';
import type { QuestionProps } from './types.ts';

const DECISIONS = (['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const).map((id) => ({
  id,
  html: DECISION_NAME[id],
}));

/** Predict the decision: the request and the policies as JSON, then Allow, explicit deny or implicit deny. */
export function PredictQuestion({ item, submitted, submitLabel, onAnswer }: QuestionProps<'predict'>) {
  const [selected, setSelected] = useState<readonly string[]>(
    submitted?.type === 'predict' ? [submitted.decision] : [],
  );
  const [error, setError] = useState('');

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const decision = DECISIONS.find((d) => d.id === selected[0])?.id;
    if (!decision) {
      setError('Choose a decision first.');
      event.currentTarget.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    const answer = { type: 'predict' as const, decision: decision as Decision };
    onAnswer({ answer, correct: isCorrect(item, answer) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="qz-legend">
        <Html as="span" className="qz-prompt" html={item.promptHtml} />
      </p>
      <div className="qz-docs">
        <JsonBlock label="Request" json={item.requestJson} />
        <PolicyDocs policies={item.policies} />
      </div>
      <OptionGroup
        name={`qz-${item.id}`}
        kind="radio"
        legend="Your prediction"
        hint={TYPE_HINT.predict ?? ''}
        options={DECISIONS}
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
