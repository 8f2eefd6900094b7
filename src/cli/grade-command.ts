import { ExerciseError } from '../grading/exercise/errors.ts';
import type { Exercise } from '../grading/exercise/schema.ts';
import type { ScenarioLibrary } from '../grading/exercise/start.ts';
import { type GradedReport, gradeReport } from '../grading/lab/grade-report.ts';
import { LabError } from '../grading/lab/load.ts';
import { parseReport } from '../grading/lab/report-schema.ts';
import type { Lab } from '../grading/lab/schema.ts';
import type { Command, CommandIo, CommandResult } from './command.ts';
import { EXERCISES_DIR } from './exercise-files.ts';
import { LABS_DIR, readCourseExercises, readLabs, scenarioLibrary } from './lab-files.ts';
import { csv, textTable } from './table.ts';

const USAGE = 'lab grade [--csv OUT.csv] [--labs DIR] [--exercises DIR] REPORT.json…';

const fail = (message: string): CommandResult => ({
  stdout: '',
  stderr: `lab grade: ${message}\nusage: ${USAGE}\n`,
  exitCode: 2,
});

/** One report file's outcome: graded, or unusable (unreadable, invalid, unknown lab). */
type Outcome =
  | { readonly file: string; readonly graded: GradedReport; readonly seed: number | string }
  | { readonly file: string; readonly invalid: string };

/**
 * `lab grade REPORT.json…`: replays each learner's transcripts from the lab's starting world (its seed), grades the
 * replay, and flags reports whose claimed results the replay does not reproduce. Prints a table (and writes CSV
 * with `--csv`); exits 1 when any report is flagged or invalid, 2 on a usage or course-content error.
 */
export const gradeCommand: Command = {
  summary: "verify learners' lab reports: replay every transcript, regrade, flag claims that don't match",
  usage: USAGE,
  async run(args, io) {
    let csvFile: string | undefined;
    let labsDir = LABS_DIR;
    let exercisesDir = EXERCISES_DIR;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      const value = () => args[++i];
      if (arg === '--csv' || arg === '--labs' || arg === '--exercises') {
        const v = value();
        if (v === undefined) return fail(`${arg} needs a value`);
        if (arg === '--csv') csvFile = v;
        else if (arg === '--labs') labsDir = v;
        else exercisesDir = v;
      } else if (arg.startsWith('-')) return fail(`unknown option ${arg}`);
      else files.push(arg);
    }
    if (files.length === 0) return fail('no report files given');
    if (csvFile !== undefined && !io.writeFile) return fail('this front cannot write files');

    let exercises: Exercise[];
    let labs: Lab[];
    try {
      exercises = readCourseExercises(exercisesDir);
      labs = readLabs(
        exercises.map((e) => e.id),
        labsDir,
      );
    } catch (error) {
      if (error instanceof ExerciseError || error instanceof LabError)
        return {
          stdout: '',
          stderr: `lab grade: the course content has errors:\n${error.message}\n`,
          exitCode: 2,
        };
      throw error;
    }
    const course = {
      exercises: new Map(exercises.map((e) => [e.id, e])),
      library: scenarioLibrary(exercises),
    };
    const outcomes: Outcome[] = [];
    for (const file of files) outcomes.push(await gradeFile(file, io, labs, course));

    const stderr = outcomes.flatMap((o) => ('invalid' in o ? [`${o.invalid}\n`] : [])).join('');
    if (csvFile !== undefined) io.writeFile?.(csvFile, csv(csvRows(outcomes)));
    const flagged = outcomes.filter((o) => 'invalid' in o || o.graded.flagged).length;
    const summary =
      `${outcomes.length} report${outcomes.length === 1 ? '' : 's'}: ` +
      (flagged === 0 ? 'every claim matches its replay' : `${flagged} flagged or invalid`) +
      (csvFile === undefined ? '' : `; CSV written to ${csvFile}`);
    return { stdout: `${report(outcomes)}\n${summary}\n`, stderr, exitCode: flagged === 0 ? 0 : 1 };
  },
};

async function gradeFile(
  file: string,
  io: CommandIo,
  labs: readonly Lab[],
  course: { readonly exercises: ReadonlyMap<string, Exercise>; readonly library: ScenarioLibrary },
): Promise<Outcome> {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { file, invalid: `${file}: cannot read: ${(error as Error).message}` };
  }
  const parsed = parseReport(text, file);
  if (!parsed.ok) return { file, invalid: parsed.problems.join('\n') };
  const lab = labs.find((l) => l.id === parsed.report.lab);
  if (!lab)
    return {
      file,
      invalid: `${file}: lab: no lab named ${parsed.report.lab} (labs: ${labs.map((l) => l.id).join(', ') || 'none'})`,
    };
  const graded = await gradeReport(parsed.report, lab, course.exercises, course.library);
  return { file, graded, seed: lab.options.seed };
}

const score = (s: { score: number; maxScore: number } | null) => (s ? `${s.score}/${s.maxScore}` : '-');

/** The table: one row per exercise of each report, then the report's total. */
function report(outcomes: readonly Outcome[]): string {
  const rows = outcomes.flatMap((o): string[][] => {
    if ('invalid' in o) return [[o.file, '', '', '', '', 'INVALID (see errors)']];
    const g = o.graded;
    const lines = g.exercises.map((e) => [
      o.file,
      g.learner,
      e.id,
      score(e.claimed),
      e.grade ? score(e.grade) : `-/${e.maxScore}`,
      e.status === 'flagged' ? `FLAGGED: ${e.flags.join('; ')}` : e.status,
    ]);
    const total = g.flags.length > 0 ? `FLAGGED: ${g.flags.join('; ')}` : g.flagged ? 'FLAGGED' : 'ok';
    return [...lines, [o.file, g.learner, `(total, lab ${g.lab})`, '', `${g.score}/${g.maxScore}`, total]];
  });
  return textTable(['report', 'learner', 'exercise', 'claimed', 'replayed', 'status'], rows);
}

function csvRows(outcomes: readonly Outcome[]): (string | number)[][] {
  const header = [
    'report',
    'learner',
    'lab',
    'seed',
    'exercise',
    'status',
    'claimed_score',
    'score',
    'max_score',
    'passed',
    'flags',
  ];
  const rows = outcomes.flatMap((o): (string | number)[][] => {
    if ('invalid' in o) return [[o.file, '', '', '', '', 'invalid', '', '', '', '', o.invalid]];
    const g = o.graded;
    const base = [o.file, g.learner, g.lab, o.seed];
    return [
      ...g.exercises.map((e) => [
        ...base,
        e.id,
        e.status,
        e.claimed?.score ?? '',
        e.grade?.score ?? 0,
        e.maxScore,
        e.grade?.passed ? 'yes' : 'no',
        e.flags.join('; '),
      ]),
      [...base, '(total)', g.flagged ? 'flagged' : 'ok', '', g.score, g.maxScore, '', g.flags.join('; ')],
    ];
  });
  return [header, ...rows];
}
