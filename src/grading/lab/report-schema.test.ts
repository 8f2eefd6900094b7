import { describe, expect, it } from 'vitest';
import { REPORT_FORMAT } from './report.ts';
import { parseReport } from './report-schema.ts';

const good = {
  format: REPORT_FORMAT,
  lab: 'week-3',
  seed: 2026,
  learner: 'Ada',
  exportedAt: '2026-11-25T17:00:00.000Z',
  exercises: [
    {
      id: 'ec2-reports-reader',
      transcript: [
        { at: '2025-01-15T09:00:00.000Z', line: 'echo "half' },
        { at: '2025-01-15T09:00:00.000Z', interrupt: true },
      ],
      claimed: { after: 2, score: 0, maxScore: 10, passed: false, checks: { 'role-created': false } },
    },
  ],
};

describe('parseReport', () => {
  it('accepts a well-formed report', () => {
    expect(parseReport(JSON.stringify(good), 'ada.json')).toEqual({ ok: true, report: good });
  });

  it('says which file and field is wrong, and how', () => {
    const bad = {
      ...good,
      format: 'something-else',
      exercises: [
        {
          ...good.exercises[0],
          transcript: [{ at: 'yesterday', line: 'ls' }, { at: '2025-01-15T09:00:00.000Z' }],
          claimed: { ...good.exercises[0]?.claimed, score: -1 },
        },
      ],
    };
    const parsed = parseReport(JSON.stringify(bad), 'bob.json');
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'bob.json: format: expected "iam-roles-lab/lab-report@1" (is this a lab report?)',
        'bob.json: exercises[0].transcript[0].at: expected an ISO 8601 time such as 2025-01-15T09:00:00.000Z',
        'bob.json: exercises[0].transcript[1]: needs either line (a typed line) or interrupt: true (a Ctrl-C), not both',
        'bob.json: exercises[0].claimed.score: Too small: expected number to be >=0',
      ],
    });
    expect(parseReport('{"format":', 'cut.json')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^cut\.json: not valid JSON \(/)],
    });
  });
});
