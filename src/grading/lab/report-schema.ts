import { z } from 'zod';
import { fieldPath } from '../exercise/errors.ts';
import { type LabReport, REPORT_FORMAT } from './report.ts';

const at = z.iso.datetime({ error: 'expected an ISO 8601 time such as 2025-01-15T09:00:00.000Z' });
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A transcript entry: a line, or a Ctrl-C that dropped unfinished input (one object, so errors point at the field). */
const entry = z
  .strictObject({
    at,
    line: z.string().optional().describe('The line as typed'),
    interrupt: z.literal(true).optional().describe('Ctrl-C at a continuation prompt'),
  })
  .refine((e) => (e.line === undefined) !== (e.interrupt === undefined), {
    error: 'needs either line (a typed line) or interrupt: true (a Ctrl-C), not both',
  });

const claim = z.strictObject({
  after: z.number().int().nonnegative().describe('Transcript entries run when the learner checked'),
  score: z.number().nonnegative(),
  maxScore: z.number().positive(),
  passed: z.boolean(),
  checks: z.record(z.string(), z.boolean()).describe('Check id → passed'),
});

/** The lab report as `lab grade` accepts it (see report.ts for the meaning of each field). */
export const labReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT, { error: `expected "${REPORT_FORMAT}" (is this a lab report?)` }),
  lab: z.string().regex(kebab, 'must be a lab id'),
  seed: z.union([z.number().int(), z.string().min(1)], {
    error: "expected the lab's seed: a whole number or a word",
  }),
  learner: z.string(),
  exportedAt: at,
  exercises: z.array(
    z.strictObject({
      id: z.string().regex(kebab, 'must be an exercise id'),
      transcript: z.array(entry),
      claimed: claim.nullable(),
    }),
  ),
});

/** A report read from `file`, or each problem as `file: field: what is wrong`. */
export type ParsedReport =
  | { readonly ok: true; readonly report: LabReport }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Parses and validates a report's JSON text. */
export function parseReport(text: string, file: string): ParsedReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const parsed = labReportSchema.safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data as LabReport };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${file}: ${fieldPath(i.path)}: ${i.message}`),
  };
}
