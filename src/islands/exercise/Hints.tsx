import { useRef } from 'react';

/** Progressive hints: one more each press, gentlest first; focus moves to the hint just revealed. */
export function Hints({
  hintsHtml,
  shown,
  onReveal,
}: {
  hintsHtml: readonly string[];
  shown: number;
  onReveal: () => void;
}) {
  const revealed = useRef(false);
  // The hint just revealed takes focus as it mounts (not on page load, where hints were shown before).
  const focusRevealed = (element: HTMLLIElement | null) => {
    if (element && revealed.current) {
      revealed.current = false;
      element.focus();
    }
  };
  const visible = hintsHtml.slice(0, shown);
  return (
    <section aria-labelledby="hints" className="exercise-section">
      <h2 id="hints">Hints</h2>
      {visible.length > 0 && (
        <ol className="exercise-hints" data-testid="exercise-hints">
          {visible.map((html, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: hints never reorder
              key={i}
              ref={i === visible.length - 1 ? focusRevealed : undefined}
              tabIndex={-1}
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the hint's Markdown, rendered at build time from the exercise file
              dangerouslySetInnerHTML={{ __html: html }}
            />
          ))}
        </ol>
      )}
      {shown < hintsHtml.length ? (
        <button
          type="button"
          className="lab-button"
          onClick={() => {
            revealed.current = true;
            onReveal();
          }}
        >
          {shown === 0 ? 'Show a hint' : 'Show the next hint'} ({shown + 1} of {hintsHtml.length})
        </button>
      ) : (
        <p className="exercise-muted">That was the last hint.</p>
      )}
    </section>
  );
}
