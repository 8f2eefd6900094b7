import { downloadText } from '../../progress/browser.ts';
import type { SetAside } from './saved-session.ts';

/** Tells the learner their saved terminal session could not be read, and hands them the untouched copy. */
export function SetAsideNotice({
  backup,
  reason,
  onDismiss,
}: {
  backup: SetAside | null;
  reason: string;
  onDismiss: () => void;
}) {
  return (
    <div className="lab-notice lab-notice--danger" role="alert" data-testid="lab-set-aside">
      <p>
        <strong>The terminal session saved for this lab could not be read</strong> ({reason}), so this lab
        starts afresh.{' '}
        {backup
          ? 'Nothing was thrown away: the saved copy is kept in this browser, and you can download it.'
          : 'This browser would not store a copy of it either.'}
      </p>
      <div className="lab-actions">
        {backup && (
          <button
            type="button"
            className="lab-button"
            onClick={() => downloadText(`${backup.key.replaceAll(':', '-')}.json`, backup.raw)}
          >
            Download saved copy
          </button>
        )}
        <button type="button" className="lab-button lab-button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
