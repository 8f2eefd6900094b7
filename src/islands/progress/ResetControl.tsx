import { useEffect, useRef, useState } from 'react';
import { getProgressStore } from '../../progress/browser.ts';

/** "Reset progress", behind a confirmation step; focus moves into the question and back. */
export function ResetControl() {
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
    if (reset) getProgressStore().reset();
    setDone(reset);
    returnFocus.current = true;
    setConfirming(false);
  }

  return (
    <div className="pp-reset">
      {confirming ? (
        <fieldset
          className="pp-notice pp-notice--caution"
          // Escape backs out, as it would in a dialog.
          onKeyDown={(e) => e.key === 'Escape' && close(false)}
        >
          <legend className="pp-legend">
            Delete all progress saved in this browser? This cannot be undone; export it first to keep a copy.
          </legend>
          <div className="pp-actions">
            <button
              type="button"
              className="pp-button pp-button--danger"
              data-testid="reset-confirm"
              onClick={() => close(true)}
            >
              Yes, reset progress
            </button>
            <button type="button" className="pp-button" ref={cancelRef} onClick={() => close(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          className="pp-button pp-button--danger"
          ref={resetRef}
          data-testid="reset-button"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          Reset progress
        </button>
      )}
      <p role="status" data-testid="reset-status">
        {done ? 'Progress reset.' : ''}
      </p>
    </div>
  );
}
