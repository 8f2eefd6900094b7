import { type SubmitEvent, useEffect, useId, useRef, useState } from 'react';
import { Html } from './Html.tsx';
import { DECISION_LABEL } from './labels.ts';
import { PolicyDocs } from './PolicyDocs.tsx';
import { SubmitRow } from './SubmitRow.tsx';
import type { QuestionProps } from './types.ts';

type Engine = typeof import('./fix-engine.ts');

// The policy engine is loaded on first use and shared by every fix-the-policy question on the page.
let loading: Promise<Engine> | undefined;
const loadEngine = () => {
  loading ??= import('./fix-engine.ts');
  return loading;
};

/**
 * Fix the policy: a plain textarea (Tab still leaves it) validated as you type by the policy engine's parser,
 * graded on submit by running the question's behaviour checks.
 */
export function FixPolicyQuestion({ item, submitted, submitLabel, onAnswer }: QuestionProps<'fix-policy'>) {
  const [text, setText] = useState(
    submitted?.type === 'fix-policy' ? String(submitted.policy) : item.startJson,
  );
  const [engine, setEngine] = useState<Engine | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState('');
  const editor = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const statusId = `${id}-status`;

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(loaded),
      () => live && setError('The policy checker could not load. Check your connection and reload the page.'),
    );
    return () => {
      live = false;
    };
  }, []);

  // Validate after a pause in typing, so the status (a polite live region) is not re-read on every key.
  useEffect(() => {
    if (!engine) return;
    const timer = window.setTimeout(() => setProblem(engine.policyProblem(text, item.source.kind)), 300);
    return () => window.clearTimeout(timer);
  }, [engine, text, item.source.kind]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!engine) {
      setError('The policy checker is still loading; try again in a moment.');
      return;
    }
    const graded = engine.gradePolicy(
      item.source,
      text,
      item.checks.map((c) => c.label),
    );
    if (!graded.ok) {
      // IAM refuses a malformed policy before any request is evaluated: fix it first, no grade given.
      setProblem(graded.error);
      setError(`IAM rejects this policy: ${graded.error}`);
      editor.current?.focus();
      return;
    }
    onAnswer({
      answer: { type: 'fix-policy', policy: text },
      correct: graded.correct,
      checks: graded.checks,
    });
  };

  const status = !engine
    ? 'Loading the policy checker…'
    : problem
      ? problem
      : `Valid ${item.kindLabel.toLowerCase()}.`;
  const locked = submitted !== null;
  return (
    <form onSubmit={submit} noValidate>
      <p className="qz-legend">
        <Html as="span" className="qz-prompt" html={item.promptHtml} />
      </p>
      <h3 className="qz-subheading">Checks your policy must pass</h3>
      <ul className="qz-checks">
        {item.checks.map((c) => (
          <li key={c.label}>
            {c.label}: <strong>{DECISION_LABEL[c.expect]}</strong>
          </li>
        ))}
      </ul>
      {item.context.length > 0 && (
        <details className="qz-details">
          <summary>Other policies in play ({item.context.length})</summary>
          <PolicyDocs policies={item.context} />
        </details>
      )}
      <label className="qz-editor-label" htmlFor={`${id}-editor`}>
        {item.kindLabel} (JSON)
      </label>
      <textarea
        id={`${id}-editor`}
        ref={editor}
        className="qz-editor"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError('');
        }}
        readOnly={locked}
        rows={Math.min(24, Math.max(10, text.split('\n').length + 1))}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={problem !== null}
        aria-describedby={statusId}
      />
      <p
        className="qz-status"
        id={statusId}
        aria-live="polite"
        data-valid={engine !== null && problem === null}
      >
        <span aria-hidden="true">{!engine ? '' : problem ? '✗ ' : '✓ '}</span>
        {status}
      </p>
      {!locked && (
        <SubmitRow label={submitLabel} error={error} errorId={`${id}-error`}>
          <button
            type="button"
            className="qz-button"
            onClick={() => {
              setText(item.startJson);
              editor.current?.focus();
            }}
          >
            Start over
          </button>
        </SubmitRow>
      )}
    </form>
  );
}
