import { downloadText, getProgressStore } from '../../progress/browser.ts';
import { backupFileName } from '../../progress/files.ts';
import type { Backup } from '../../progress/store.ts';

const MAX_REASONS = 10;

/** Tells the learner their saved progress could not be read, and hands them the untouched copy. */
export function BackupNotice({ backup }: { backup: Backup }) {
  const reasons = backup.errors.slice(0, MAX_REASONS);
  const more = backup.errors.length - reasons.length;
  return (
    <div className="pp-notice pp-notice--danger" role="alert" data-testid="backup-notice">
      <p>
        <strong>The progress saved in this browser could not be read</strong>, so it was set aside and you are
        starting afresh. Nothing was thrown away: download the saved copy to keep it, or to import it again
        once it is fixed.
      </p>
      {reasons.length > 0 && (
        <details>
          <summary>Why it could not be read</summary>
          <ul>
            {reasons.map((reason, i) => (
              // The same reason can appear twice, and the list never reorders.
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <li key={i}>{reason}</li>
            ))}
            {more > 0 && <li>…and {more} more</li>}
          </ul>
        </details>
      )}
      <div className="pp-actions">
        <button
          type="button"
          className="pp-button"
          data-testid="download-backup"
          onClick={() => downloadText(backupFileName(backup.key), backup.raw)}
        >
          Download backup
        </button>
        <button
          type="button"
          className="pp-button pp-button--quiet"
          data-testid="dismiss-backup"
          onClick={() => getProgressStore().dismissBackup()}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
