import { useEffect, useRef, useState } from 'react';

/** What the reset control says; an exercise page words it for the exercise. */
export interface ResetWording {
  readonly button: string;
  readonly question: string;
  readonly confirm: string;
  readonly done: string;
}

const LAB_WORDING: ResetWording = {
  button: 'Reset lab',
  question: 'Start this lab afresh? Your files, variables and command history here are deleted.',
  confirm: 'Yes, reset lab',
  done: 'Lab reset.',
};

/** "Reset lab", behind a confirmation step; focus moves into the question and back, Escape backs out. */
export function ResetLab({
  onReset,
  wording = LAB_WORDING,
}: {
  onReset: () => void;
  wording?: ResetWording;
}) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (returnFocus.current) resetRef.current?.focus();
  }, [confirming]);

  function close(reset: boolean) {
    if (reset) onReset();
    setDone(reset);
    returnFocus.current = true;
    setConfirming(false);
  }

  return (
    <div className="lab-reset">
      {confirming ? (
        <fieldset className="lab-confirm" onKeyDown={(e) => e.key === 'Escape' && close(false)}>
          <legend>{wording.question}</legend>
          <div className="lab-actions">
            <button
              type="button"
              className="lab-button lab-button--danger"
              data-testid="lab-reset-confirm"
              onClick={() => close(true)}
            >
              {wording.confirm}
            </button>
            <button type="button" className="lab-button" ref={cancelRef} onClick={() => close(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          className="lab-button"
          ref={resetRef}
          data-testid="lab-reset"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          {wording.button}
        </button>
      )}
      <p role="status" className="lab-status">
        {done ? wording.done : ''}
      </p>
    </div>
  );
}
