import type { ReactNode } from 'react';

/** The submit button, with the reason a submission was refused (announced as an alert). */
export function SubmitRow({
  label,
  error,
  errorId,
  children,
}: {
  label: string;
  error: string;
  errorId: string;
  children?: ReactNode;
}) {
  return (
    <div className="qz-submit">
      <p className="qz-error" id={errorId} role="alert">
        {error}
      </p>
      <div className="qz-actions">
        <button type="submit" className="qz-button qz-button--primary">
          {label}
        </button>
        {children}
      </div>
    </div>
  );
}
