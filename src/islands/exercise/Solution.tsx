import { useId, useState } from 'react';

/** One way to solve it, behind a button; a lab that hides solutions ships none, and says so. */
export function Solution({ solution, failedAttempt }: { solution: string | null; failedAttempt: boolean }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section aria-labelledby="solution" className="exercise-section">
      <h2 id="solution">Solution</h2>
      {solution === null ? (
        <p className="exercise-muted">Your instructor has hidden the solutions for this lab.</p>
      ) : (
        <>
          <p className="exercise-muted">
            {failedAttempt
              ? 'Stuck? The hints go one step at a time; the solution shows one way to do it.'
              : 'Try the task and the hints first: the solution shows one way to do it, and any correct answer passes.'}
          </p>
          <button
            type="button"
            className="lab-button"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide solution' : 'Show solution'}
          </button>
          <div id={id} hidden={!open}>
            <pre className="exercise-solution" data-testid="exercise-solution">
              <code>{solution}</code>
            </pre>
          </div>
        </>
      )}
    </section>
  );
}
