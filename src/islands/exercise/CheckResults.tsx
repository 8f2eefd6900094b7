import type { Flip, Grade } from '../../grading/grade.ts';

/** The checks of the last "Check my work", pass or fail with feedback, and what flipped since the check before. */
export function CheckResults({
  grade,
  flips,
  fresh,
}: {
  grade: Grade;
  flips: readonly Flip[] | null;
  fresh: boolean;
}) {
  const passing = grade.results.filter((r) => r.passed).length;
  return (
    <div className="exercise-results" data-testid="exercise-results" data-passed={grade.passed}>
      <p className="exercise-summary" data-testid="exercise-summary">
        {fresh ? '' : 'Your last check: '}
        {summaryText(grade)}
      </p>
      {flips && <FlipList flips={flips} />}
      <ul className="exercise-checks" aria-label="Checks">
        {grade.results.map((r) => (
          <li key={r.id} className="exercise-check" data-check={r.id} data-passed={r.passed}>
            <span className="exercise-check__mark" aria-hidden="true">
              {r.passed ? '✓' : '✗'}
            </span>
            <div>
              <p className="exercise-check__title">
                <span className="exercise-check__verdict">{r.passed ? 'Pass' : 'Fail'}</span> {r.title}{' '}
                <span className="exercise-check__points">
                  ({r.points}/{r.maxPoints} {r.maxPoints === 1 ? 'point' : 'points'})
                </span>
              </p>
              <p className="exercise-check__feedback">{r.feedback}</p>
            </div>
          </li>
        ))}
      </ul>
      <p className="exercise-muted">{`${passing} of ${grade.results.length} checks pass.`}</p>
    </div>
  );
}

function FlipList({ flips }: { flips: readonly Flip[] }) {
  if (flips.length === 0)
    return (
      <p className="exercise-flips" data-testid="exercise-flips">
        No check changed since your last check.
      </p>
    );
  return (
    <div className="exercise-flips" data-testid="exercise-flips">
      <p>Since your last check:</p>
      <ul>
        {flips.map((f) => (
          <li key={f.id} data-change={f.change}>
            <strong>{f.change === 'fixed' ? 'Now passes' : 'Now fails'}:</strong> {f.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One sentence for the page and the screen reader: points, and whether it is done. */
export function summaryText(grade: Grade): string {
  const points = `${grade.score} of ${grade.maxScore} points`;
  return grade.passed
    ? `Every check passes: ${points}. Exercise complete.`
    : `${points}: ${grade.results.filter((r) => !r.passed).length} check(s) still fail.`;
}

/** What the live region says after a check: the summary and what flipped. */
export function announcement(grade: Grade, flips: readonly Flip[] | null): string {
  const fixed = flips?.filter((f) => f.change === 'fixed').length ?? 0;
  const broken = flips?.filter((f) => f.change === 'broken').length ?? 0;
  const changes = flips ? ` Since your last check, ${fixed} now pass and ${broken} now fail.` : '';
  return `${summaryText(grade)}${changes}`;
}
