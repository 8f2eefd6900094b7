import { ExerciseError } from '../grading/exercise/errors.ts';
import { parseExercise } from '../grading/exercise/load.ts';
import { checkBalance, type ExerciseProof, proveExercise } from '../grading/exercise/prove.ts';
import type { Exercise } from '../grading/exercise/schema.ts';
import type { Command, CommandResult } from './command.ts';
import { EXERCISES_DIR, exerciseSlugs, readExerciseFiles } from './exercise-files.ts';
import { scenarioLibrary } from './lab-files.ts';

const USAGE = 'lab exercises list | lab exercises verify [-v] [ID…]   (--dir DIR: another exercises folder)';
const LEVELS = ['basic', 'intermediate', 'advanced'] as const;

const fail = (message: string): CommandResult => ({
  stdout: '',
  stderr: `lab exercises: ${message}\nusage: ${USAGE}\n`,
  exitCode: 2,
});

/** `lab exercises list` and `lab exercises verify`: the graded exercises and their proof. */
export const exercisesCommand: Command = {
  summary: 'list the graded exercises, or prove them: each starts unsolved and its solution(s) pass',
  usage: USAGE,
  async run(args) {
    const [sub, ...rest] = args;
    let dir = EXERCISES_DIR;
    let verbose = false;
    const ids: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i] as string;
      if (arg === '--dir') {
        const value = rest[++i];
        if (value === undefined) return fail('--dir needs a value');
        dir = value;
      } else if (arg === '-v' || arg === '--verbose') verbose = true;
      else if (arg.startsWith('-')) return fail(`unknown option ${arg}`);
      else ids.push(arg);
    }
    if (sub !== 'list' && sub !== 'verify')
      return fail(sub === undefined ? 'missing subcommand' : `unknown subcommand ${sub}`);
    const loaded = load(dir, ids);
    if ('error' in loaded) return { stdout: '', stderr: loaded.error, exitCode: 1 };
    if (sub === 'list') return { stdout: listTable(loaded.exercises), stderr: '', exitCode: 0 };
    const proofs: ExerciseProof[] = [];
    const library = scenarioLibrary(loaded.exercises);
    for (const exercise of loaded.exercises) proofs.push(await proveExercise(exercise, library));
    const failed = proofs.filter((p) => !p.passed);
    const details = proofs
      .filter((p) => verbose || !p.passed)
      .map(proofDetails)
      .join('');
    const summary = failed.length
      ? `${failed.length} of ${proofs.length} exercises failed: ${failed.map((p) => p.id).join(', ')}\n`
      : `${proofs.length} exercise${proofs.length === 1 ? '' : 's'} proven: each starts unsolved and every solution passes\n`;
    return {
      stdout: verifyTable(loaded.exercises, proofs) + details + summary,
      stderr: '',
      exitCode: failed.length ? 1 : 0,
    };
  },
};

/** The exercises asked for (all when `ids` is empty), sorted by level then slug, or every author error. */
function load(dir: string, ids: readonly string[]): { exercises: Exercise[] } | { error: string } {
  let slugs: string[];
  try {
    slugs = exerciseSlugs(dir);
  } catch (error) {
    return { error: `lab exercises: cannot read ${dir}: ${(error as Error).message}\n` };
  }
  const unknown = ids.filter((id) => !slugs.includes(id));
  if (unknown.length) return { error: `lab exercises: no exercise named ${unknown.join(', ')}\n` };
  const exercises: Exercise[] = [];
  const errors: string[] = [];
  for (const slug of ids.length ? ids : slugs) {
    try {
      exercises.push(parseExercise(readExerciseFiles(slug, dir)));
    } catch (error) {
      if (!(error instanceof ExerciseError)) throw error;
      errors.push(error.message);
    }
  }
  if (errors.length) return { error: `${errors.join('\n')}\n` };
  const rank = (e: Exercise) => LEVELS.indexOf(e.level);
  exercises.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  return { exercises };
}

function listTable(exercises: readonly Exercise[]): string {
  const rows = exercises.map((e) => {
    const { allow, deny } = checkBalance(e);
    return [e.id, e.level, e.lesson, `${allow}/${deny}`, String(e.points), e.altSolution ? 'yes' : '-'];
  });
  return table(['exercise', 'level', 'lesson', 'allow/deny', 'points', 'alt'], rows);
}

function verifyTable(exercises: readonly Exercise[], proofs: readonly ExerciseProof[]): string {
  const rows = proofs.map((p, i) => {
    const e = exercises[i] as Exercise;
    const { allow, deny } = checkBalance(e);
    const [main, alt] = p.solutions;
    const solved = (s: typeof main) =>
      !s ? '-' : `${s.passed ? 'pass' : 'FAIL'} ${s.grade.score}/${s.grade.maxScore}`;
    return [
      p.id,
      e.level,
      `${allow}/${deny}`,
      `${p.startFails ? 'fails' : 'PASSES'} ${p.start.score}/${p.start.maxScore}`,
      solved(main),
      solved(alt),
      p.passed ? 'ok' : 'FAILED',
    ];
  });
  return table(['exercise', 'level', 'allow/deny', 'start', 'solution', 'alt-solution', 'proof'], rows);
}

/** Why a proof failed (or, with -v, what each script did). */
function proofDetails(p: ExerciseProof): string {
  const out = [`\n${p.id}:\n`];
  if (!p.startFails)
    out.push('  the starting world already passes every check: the exercise has nothing to do\n');
  for (const s of p.solutions) {
    for (const f of s.failedLines)
      out.push(
        `  ${s.script}:${f.line}: exit ${f.exitCode}: ${f.command.split('\n')[0]}\n${indent(f.stderr.trim(), 4)}`,
      );
    for (const r of s.grade.results)
      if (!r.passed) out.push(`  ${s.script}: check ${r.id} fails: ${r.feedback}\n`);
    if (s.passed) out.push(`  ${s.script}: every check passes\n`);
  }
  return out.join('');
}

const indent = (text: string, n: number) =>
  text
    ? `${text
        .split('\n')
        .map((l) => `${' '.repeat(n)}${l}`)
        .join('\n')}\n`
    : '';

/** A plain text table with padded columns. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `${cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}\n`;
  return line(header) + line(widths.map((w) => '-'.repeat(w))) + rows.map(line).join('');
}
