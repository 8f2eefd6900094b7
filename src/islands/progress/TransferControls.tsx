import { type ChangeEvent, useId, useState } from 'react';
import { downloadText, getProgressStore } from '../../progress/browser.ts';
import { exportFileName } from '../../progress/files.ts';

// Exported progress is a few kilobytes; anything this big is the wrong file.
const MAX_IMPORT_BYTES = 1_000_000;
const MAX_ERRORS = 20;

type Outcome = { ok: true; message: string } | { ok: false; file: string; errors: string[] };

/** Export progress to a file, and import it back here or in another browser. */
export function TransferControls() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputId = useId();
  const hintId = useId();

  function exportProgress() {
    const fileName = exportFileName(new Date());
    downloadText(fileName, getProgressStore().exportJson());
    setOutcome({ ok: true, message: `Progress exported to ${fileName}.` });
  }

  async function importProgress(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result =
      file.size > MAX_IMPORT_BYTES
        ? {
            ok: false as const,
            errors: [`The file is ${Math.round(file.size / 1024)} KB; exported progress is far smaller.`],
          }
        : getProgressStore().importJson(await file.text());
    // Clear the input so choosing the same file again still fires a change.
    input.value = '';
    setOutcome(
      result.ok
        ? { ok: true, message: `Progress imported from ${file.name}.` }
        : { ...result, file: file.name },
    );
  }

  const shown = outcome && !outcome.ok ? outcome.errors.slice(0, MAX_ERRORS) : [];
  return (
    <div className="pp-transfer">
      <div className="pp-actions">
        <button
          type="button"
          className="pp-button pp-button--primary"
          data-testid="export-button"
          onClick={exportProgress}
        >
          Export progress
        </button>
      </div>
      <div className="pp-field">
        <label htmlFor={inputId}>Import progress</label>
        <p id={hintId} className="pp-muted">
          Choose a file exported from IAM Roles Lab. It replaces the progress saved in this browser.
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          data-testid="import-input"
          onChange={importProgress}
        />
      </div>
      <p role="status" data-testid="transfer-status">
        {outcome?.ok ? outcome.message : ''}
      </p>
      {outcome && !outcome.ok && (
        <div className="pp-notice pp-notice--danger" role="alert" data-testid="import-errors">
          <p>
            <strong>{outcome.file} could not be imported</strong>; your progress was not changed.
          </p>
          <ul>
            {shown.map((error, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that may repeat a line
              <li key={i}>{error}</li>
            ))}
            {outcome.errors.length > shown.length && (
              <li>…and {outcome.errors.length - shown.length} more</li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
