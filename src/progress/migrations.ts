import * as z from 'zod/mini';
import { formatIssues, progressErrorMap } from './issues.ts';
import { CURRENT_VERSION, type Progress, ProgressSchema } from './schema.ts';

/** Version 0: the unversioned first release only remembered which lessons were done. */
export const ProgressV0 = z.object({
  completedLessons: z
    .array(z.string().check(z.minLength(1)))
    .check(z.describe('Ids of completed lessons, with no dates.')),
});

/** One step up the chain: validates data of version N and returns data of version N + 1. */
interface Migration {
  /** Shape of the data this step accepts. */
  from: z.ZodMiniType;
  /** Converts validated data; `now` stands in for timestamps the old version never stored. */
  up: (data: never, now: Date) => unknown;
}

/** Keyed by the version a step starts from; version N's step turns N into N + 1. */
export const migrations: Record<number, Migration> = {
  0: {
    from: ProgressV0,
    up: (data: z.infer<typeof ProgressV0>, now: Date) => ({
      version: 1,
      // v0 kept no dates, so the migration time is the best "completed by" we have.
      lessons: Object.fromEntries(
        data.completedLessons.map((id) => [id, { completedAt: now.toISOString() }]),
      ),
      exercises: {},
      quizzes: [],
      reviewDeck: {},
      updatedAt: now.toISOString(),
    }),
  },
};

/** Result of reading stored or imported progress: the current shape, or readable reasons it was refused. */
export type ParseResult =
  | { ok: true; progress: Progress; migratedFrom?: number }
  | { ok: false; errors: string[] };

/** Data without a `version` field is version 0. */
function versionOf(data: unknown): number | string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'progress: expected an object';
  if (!('version' in data)) return 0;
  const { version } = data;
  if (!Number.isInteger(version) || (version as number) < 0) return 'version: expected a whole number';
  return version as number;
}

/** Validates progress of any known version and migrates it, one step at a time, to the current version. */
export function parseProgress(data: unknown, now: Date): ParseResult {
  const start = versionOf(data);
  if (typeof start === 'string') return { ok: false, errors: [start] };
  if (start > CURRENT_VERSION) {
    return {
      ok: false,
      errors: [
        `version: ${start} comes from a newer IAM Roles Lab; this site reads up to version ${CURRENT_VERSION}`,
      ],
    };
  }
  let current = data;
  for (let version = start; version < CURRENT_VERSION; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No progress migration from version ${version}`);
    const parsed = step.from.safeParse(current, { error: progressErrorMap });
    if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error) };
    current = step.up(parsed.data as never, now);
  }
  const parsed = ProgressSchema.safeParse(current, { error: progressErrorMap });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error) };
  return start === CURRENT_VERSION
    ? { ok: true, progress: parsed.data }
    : { ok: true, progress: parsed.data, migratedFrom: start };
}

/** Parses JSON text, then validates and migrates it; bad JSON is one readable error, never an exception. */
export function parseProgressJson(text: string, now: Date): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${(error as Error).message}`] };
  }
  return parseProgress(data, now);
}
