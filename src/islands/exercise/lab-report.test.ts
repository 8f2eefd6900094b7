import { describe, expect, it } from 'vitest';
import type { Grade } from '../../grading/grade.ts';
import { memoryStorage } from '../../progress/memory-storage.ts';
import { saveLab } from '../terminal/saved-session.ts';
import { exerciseScenarioName, exerciseSessionId } from './keys.ts';
import { labReport, labStatus } from './lab-report.ts';
import { savePanel } from './panel-state.ts';

const lab = { id: 'week-3', seed: 7, exercises: ['first', 'second', 'third'] };
const grade: Grade = {
  score: 1,
  maxScore: 2,
  passed: false,
  results: [
    { id: 'a', kind: 'role-exists', title: 'A', passed: true, points: 1, maxPoints: 1, feedback: '' },
    { id: 'b', kind: 'denied', title: 'B', passed: false, points: 0, maxPoints: 1, feedback: '' },
  ],
};
const at = '2025-01-15T09:00:00.000Z';

/** A browser where `first` was typed in and checked, and `second` was checked before a reset emptied it. */
function browser() {
  const storage = memoryStorage();
  const save = (id: string, transcript: { at: string; line: string }[]) =>
    saveLab(storage, exerciseSessionId(id, lab.id), {
      version: 1,
      scenario: exerciseScenarioName(id, lab.seed),
      savedAt: at,
      history: '',
      session: {},
      transcript,
    });
  save('first', [
    { at, line: 'aws iam create-role …' },
    { at, line: 'aws iam get-role …' },
  ]);
  savePanel(storage, exerciseSessionId('first', lab.id), {
    version: 1,
    hints: 1,
    lastCheck: { after: 1, grade },
  });
  save('second', []);
  savePanel(storage, exerciseSessionId('second', lab.id), {
    version: 1,
    hints: 0,
    lastCheck: { after: 4, grade },
  });
  return storage;
}

describe('the lab report from this browser', () => {
  it('holds each started exercise: its full transcript and the claim of its last check', () => {
    const report = labReport(browser(), lab, 'Ada', new Date(at));
    expect(report).toEqual({
      format: 'iam-roles-lab/lab-report@1',
      lab: 'week-3',
      seed: 7,
      learner: 'Ada',
      exportedAt: at,
      exercises: [
        {
          id: 'first',
          transcript: [
            { at, line: 'aws iam create-role …' },
            { at, line: 'aws iam get-role …' },
          ],
          claimed: { after: 1, score: 1, maxScore: 2, passed: false, checks: { a: true, b: false } },
        },
      ],
    });
  });

  it('gives each exercise of the lab its status', () => {
    expect(labStatus(browser(), lab)).toEqual([
      { kind: 'checked', score: 1, maxScore: 2, passed: false },
      { kind: 'not-started' },
      { kind: 'not-started' },
    ]);
  });
});
