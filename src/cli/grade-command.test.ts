import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OVERBROAD, EXAMPLE_SOLUTION, EXAMPLE_YAML } from '../grading/exercise/example.ts';
import { parseExercise } from '../grading/exercise/load.ts';
import { startExercise } from '../grading/exercise/start.ts';
import { submissionOf, typeRecorded } from '../grading/lab/record.ts';
import { type LabReport, REPORT_FORMAT } from '../grading/lab/report.ts';

const LAB = join(import.meta.dirname, 'lab.ts');
const dir = mkdtempSync(join(tmpdir(), 'lab-grade-'));
const at = (name: string) => join(dir, name);
const grade = (...args: string[]) =>
  spawnSync(process.execPath, [LAB, 'grade', '--exercises', at('exercises'), '--labs', at('labs'), ...args], {
    encoding: 'utf8',
    cwd: dir,
  });

const exercise = parseExercise({
  dir: 'exercises/ec2-reports-reader',
  yaml: EXAMPLE_YAML,
  solution: EXAMPLE_SOLUTION,
});

async function reportFor(learner: string, script: string): Promise<LabReport> {
  const session = startExercise(exercise, {}, { seed: 7 });
  const transcript = await typeRecorded(session, script);
  return {
    format: REPORT_FORMAT,
    lab: 'week-3',
    seed: 7,
    learner,
    exportedAt: '2026-11-25T17:00:00.000Z',
    exercises: [submissionOf(exercise, session, transcript)],
  };
}

beforeAll(async () => {
  mkdirSync(at('exercises/ec2-reports-reader'), { recursive: true });
  writeFileSync(at('exercises/ec2-reports-reader/exercise.yaml'), EXAMPLE_YAML);
  writeFileSync(at('exercises/ec2-reports-reader/solution.sh'), EXAMPLE_SOLUTION);
  mkdirSync(at('labs'));
  writeFileSync(
    at('labs/week-3.yaml'),
    'id: week-3\ntitle: Week 3\ndescription: Service roles.\nexercises: [ec2-reports-reader]\noptions: { seed: 7 }\n',
  );
  const honest = await reportFor('Ada', EXAMPLE_SOLUTION);
  writeFileSync(at('ada.json'), JSON.stringify(honest));
  // Bob's over-broad answer fails three checks; he edits his report to claim full marks.
  const bob = await reportFor('Bob', EXAMPLE_OVERBROAD);
  const [submission] = bob.exercises;
  const claimed = submission?.claimed;
  if (!submission || !claimed) throw new Error('no claim');
  const checks = Object.fromEntries(Object.keys(claimed.checks).map((id) => [id, true]));
  const tampered = { ...submission, claimed: { ...claimed, score: 10, passed: true, checks } };
  writeFileSync(at('bob.json'), JSON.stringify({ ...bob, exercises: [tampered] }));
});

describe('lab grade (through the front door)', () => {
  it('replays each report, flags the tampered one and writes CSV', () => {
    const run = grade('--csv', 'out.csv', 'ada.json', 'bob.json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^report\s+learner\s+exercise\s+claimed\s+replayed\s+status$/);
    expect(lines[2]).toMatch(/^ada\.json\s+Ada\s+ec2-reports-reader\s+10\/10\s+10\/10\s+ok$/);
    expect(lines[3]).toMatch(/^ada\.json\s+Ada\s+\(total, lab week-3\)\s+10\/10\s+ok$/);
    expect(lines[4]).toMatch(
      /^bob\.json\s+Bob\s+ec2-reports-reader\s+10\/10\s+6\/10\s+FLAGGED: claims 10\/10 \(passed\) but the replay gives 6\/10: vendor-cannot-assume fails, trust-not-wildcard fails, no-salaries fails$/,
    );
    expect(run.stdout).toContain('\n2 reports: 1 flagged or invalid; CSV written to out.csv\n');
    expect(readFileSync(at('out.csv'), 'utf8').split('\r\n').slice(0, 3)).toEqual([
      'report,learner,lab,seed,exercise,status,claimed_score,score,max_score,passed,flags',
      'ada.json,Ada,week-3,7,ec2-reports-reader,ok,10,10,10,yes,',
      'ada.json,Ada,week-3,7,(total),ok,,10,10,,',
    ]);
  });

  it('exits 0 when every claim matches', () => {
    const run = grade('ada.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 report: every claim matches its replay\n');
  });

  it('says clearly what is wrong with an invalid report', () => {
    const honest = JSON.parse(readFileSync(at('ada.json'), 'utf8'));
    honest.seed = null;
    honest.exercises[0].transcript[0].at = 'today';
    delete honest.exercises[0].claimed.passed;
    writeFileSync(at('broken.json'), JSON.stringify(honest));
    writeFileSync(
      at('other-lab.json'),
      JSON.stringify({ ...JSON.parse(readFileSync(at('ada.json'), 'utf8')), lab: 'week-9' }),
    );
    const run = grade('broken.json', 'other-lab.json', 'missing.json');
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      "broken.json: seed: expected the lab's seed: a whole number or a word",
      'broken.json: exercises[0].transcript[0].at: expected an ISO 8601 time such as 2025-01-15T09:00:00.000Z',
      'broken.json: exercises[0].claimed.passed: Invalid input: expected boolean, received undefined',
      'other-lab.json: lab: no lab named week-9 (labs: week-3)',
      expect.stringMatching(/^missing\.json: cannot read: ENOENT/),
      '',
    ]);
    expect(run.stdout).toMatch(/^broken\.json\s+INVALID \(see errors\)$/m);
  });

  it('refuses to run without reports', () => {
    const run = grade();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `lab grade: no report files given\nusage: lab grade [--csv OUT.csv] [--labs DIR] [--exercises DIR] REPORT.json…\n`,
    );
  });
});
