// The lab report a learner exports and `lab grade` replays. Plain types and builders, no zod: the lab page's
// export script ships this file to the browser (the schema that checks reports lives in report-schema.ts).
import type { Grade } from '../grade.ts';

/** The report's format tag; bump the version with any incompatible change. */
export const REPORT_FORMAT = 'iam-roles-lab/lab-report@1';

/** One thing the learner did at the prompt, stamped with the simulated clock (ISO 8601) when it reached the shell. */
export type TranscriptEntry =
  /** A line typed and entered (continuation lines of an open quote or here-document are entries of their own). */
  | { readonly at: string; readonly line: string }
  /** Ctrl-C while the shell waited for more input: the unfinished command was dropped. */
  | { readonly at: string; readonly interrupt: true };

/** What the learner's browser said the last "Check my work" gave. */
export interface Claim {
  /** How many transcript entries had run when the learner checked (the replay grades at that point). */
  readonly after: number;
  readonly score: number;
  readonly maxScore: number;
  readonly passed: boolean;
  /** Each check's outcome by check id. */
  readonly checks: Readonly<Record<string, boolean>>;
}

/** One exercise of the lab as the learner did it. */
export interface ExerciseSubmission {
  readonly id: string;
  /** Everything typed since the exercise started (or was last reset), in order. */
  readonly transcript: readonly TranscriptEntry[];
  /** The last check, or null when the learner never checked. */
  readonly claimed: Claim | null;
}

/** A learner's lab report (`<lab>-report.json`). */
export interface LabReport {
  readonly format: typeof REPORT_FORMAT;
  /** The lab id (content/labs/<lab>.yaml). */
  readonly lab: string;
  /** The lab's seed the learner's worlds were built with. */
  readonly seed: number | string;
  /** The name the learner gave when exporting. */
  readonly learner: string;
  /** When the report was exported (the browser's real clock, ISO 8601). */
  readonly exportedAt: string;
  /** The lab's exercises the learner started, in lab order. */
  readonly exercises: readonly ExerciseSubmission[];
}

/** The claim for a grade taken after `after` transcript entries. */
export function claimOf(grade: Grade, after: number): Claim {
  return {
    after,
    score: grade.score,
    maxScore: grade.maxScore,
    passed: grade.passed,
    checks: Object.fromEntries(grade.results.map((r) => [r.id, r.passed])),
  };
}

/** Whether an entry is a typed line (rather than a Ctrl-C). */
export function isLine(entry: TranscriptEntry): entry is { readonly at: string; readonly line: string } {
  return 'line' in entry;
}
