/**
 * `npm run bench:grade`: how long `lab grade` takes for a class. Builds a 6-exercise lab (the sample lab's
 * exercises, topped up from the course when it has fewer), types each exercise's solution.sh for 100 learners to
 * make 100 lab reports (every tenth one tampered to claim full marks on an unsolved exercise), then times
 * `lab grade` on all of them, in process. Target (README): under 10 s.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLab } from '../src/cli/lab.ts';
import { readCourseExercises, readLabs, scenarioLibrary } from '../src/cli/lab-files.ts';
import { startExercise } from '../src/grading/exercise/start.ts';
import { submissionOf, typeRecorded } from '../src/grading/lab/record.ts';
import { type ExerciseSubmission, type LabReport, REPORT_FORMAT } from '../src/grading/lab/report.ts';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100);
const exercises = readCourseExercises();
const sample = readLabs(exercises.map((e) => e.id)).find((l) => l.id === 'iam-roles-workshop');
const ids = [...new Set([...(sample?.exercises ?? []), ...exercises.map((e) => e.id)])].slice(0, 6);
if (ids.length < 6) throw new Error(`a 6-exercise lab needs 6 exercises; the course has ${exercises.length}`);
const seed = sample?.options.seed ?? 2026;
const chosen = ids.map((id) => exercises.find((e) => e.id === id)).filter((e) => e !== undefined);
const library = scenarioLibrary(chosen);

// The lab lives in a temporary labs folder, so the bench works whatever the sample lab lists.
const dir = mkdtempSync(join(tmpdir(), 'bench-grade-'));
const labs = join(dir, 'labs');
mkdirSync(labs);
writeFileSync(
  join(labs, 'bench.yaml'),
  `id: bench\ntitle: Bench\ndescription: Six exercises.\nexercises: [${ids.join(', ')}]\noptions: { seed: ${JSON.stringify(seed)} }\n`,
);

// Every learner types the same solutions, so one honest submission per exercise serves them all.
const generating = performance.now();
const honest: ExerciseSubmission[] = [];
for (const exercise of chosen) {
  const session = startExercise(exercise, library, { seed });
  honest.push(submissionOf(exercise, session, await typeRecorded(session, exercise.solution)));
}
const tampered: ExerciseSubmission = {
  id: ids[0] as string,
  transcript: [],
  claimed: honest[0]?.claimed ?? null,
};
const files: string[] = [];
for (let i = 0; i < LEARNERS; i++) {
  const report: LabReport = {
    format: REPORT_FORMAT,
    lab: 'bench',
    seed,
    learner: `learner-${i + 1}`,
    exportedAt: '2026-11-25T17:00:00.000Z',
    exercises: i % 10 === 9 ? [tampered, ...honest.slice(1)] : honest,
  };
  const file = join(dir, `learner-${i + 1}.json`);
  writeFileSync(file, JSON.stringify(report));
  files.push(file);
}
const generated = (performance.now() - generating) / 1000;

const io = {
  readFile: (p: string) => readFileSync(p, 'utf8'),
  readStdin: () => '',
  writeFile: writeFileSync,
};
const start = performance.now();
const cpuStart = process.cpuUsage();
const result = await runLab(['grade', '--labs', labs, '--csv', join(dir, 'grades.csv'), ...files], io);
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU time keeps the figure honest on a shared machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const flagged = result.stdout.split('\n').filter((l) => l.includes('(total') && l.includes('FLAGGED')).length;
rmSync(dir, { recursive: true, force: true });

const lines = honest.reduce((n, s) => n + s.transcript.length, 0);
console.log(`lab: ${ids.join(', ')} (seed ${seed}); ${lines} typed lines per report`);
console.log(`generated ${LEARNERS} reports in ${generated.toFixed(2)} s`);
console.log(
  `graded ${LEARNERS} reports × ${ids.length} exercises in ${elapsed.toFixed(2)} s ` +
    `(${cpuSeconds.toFixed(2)} s CPU, ${((cpuSeconds * 1000) / (LEARNERS * ids.length)).toFixed(1)} ms CPU per ` +
    `exercise replay; target < 10 s); ` +
    `${flagged} flagged (expected ${Math.floor(LEARNERS / 10)})`,
);
if (flagged !== Math.floor(LEARNERS / 10)) process.exitCode = 1;
