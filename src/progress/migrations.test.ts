import { describe, expect, it } from 'vitest';
import { sampleProgress } from './fixtures.ts';
import { migrations, parseProgress, parseProgressJson } from './migrations.ts';
import { CURRENT_VERSION, ProgressSchema } from './schema.ts';

const now = new Date('2025-02-01T08:00:00.000Z');

describe('parseProgress', () => {
  it('migrates v0 (unversioned completedLessons) to v1, dating lessons at migration time', () => {
    const result = parseProgress(
      { completedLessons: ['foundations/what-is-a-role', 'foundations/sts'] },
      now,
    );
    expect(result).toEqual({
      ok: true,
      migratedFrom: 0,
      progress: {
        version: 1,
        lessons: {
          'foundations/what-is-a-role': { completedAt: '2025-02-01T08:00:00.000Z' },
          'foundations/sts': { completedAt: '2025-02-01T08:00:00.000Z' },
        },
        exercises: {},
        quizzes: [],
        reviewDeck: {},
        updatedAt: '2025-02-01T08:00:00.000Z',
      },
    });
  });

  it('refuses a malformed v0 with the field named', () => {
    expect(parseProgress({ completedLessons: 'foundations/what-is-a-role' }, now)).toEqual({
      ok: false,
      errors: ['completedLessons: expected a list'],
    });
  });

  it('passes current data through unchanged', () => {
    expect(parseProgress(sampleProgress, now)).toEqual({ ok: true, progress: sampleProgress });
  });

  it('refuses data from a newer site, non-objects and odd versions', () => {
    expect(parseProgress({ ...sampleProgress, version: CURRENT_VERSION + 1 }, now)).toEqual({
      ok: false,
      errors: [
        `version: 2 comes from a newer IAM Roles Lab; this site reads up to version ${CURRENT_VERSION}`,
      ],
    });
    expect(parseProgress([1, 2], now)).toEqual({ ok: false, errors: ['progress: expected an object'] });
    expect(parseProgress(null, now)).toEqual({ ok: false, errors: ['progress: expected an object'] });
    expect(parseProgress({ version: '1' }, now)).toEqual({
      ok: false,
      errors: ['version: expected a whole number'],
    });
  });

  it('has one step for every version below the current one, each producing valid next-version data', () => {
    for (let version = 0; version < CURRENT_VERSION; version++)
      expect(migrations[version], `v${version}`).toBeDefined();
    const upgraded = migrations[0]?.up({ completedLessons: ['a'] } as never, now);
    expect(ProgressSchema.safeParse(upgraded).success).toBe(true);
  });
});

describe('parseProgressJson', () => {
  it('turns bad JSON into one readable error instead of throwing', () => {
    const result = parseProgressJson('{"version": 1,', now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^Not valid JSON: /);
    expect(result.errors[0]).not.toMatch(/\n\s+at /);
  });

  it('parses, validates and migrates text', () => {
    expect(parseProgressJson(JSON.stringify(sampleProgress), now)).toEqual({
      ok: true,
      progress: sampleProgress,
    });
    expect(parseProgressJson('{"completedLessons":[]}', now)).toMatchObject({ ok: true, migratedFrom: 0 });
  });
});
