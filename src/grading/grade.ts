import type { Caller } from '../sim/world/credentials.ts';
import type { World } from '../sim/world/index.ts';
import { type CheckResult, runCheck } from './checks/index.ts';
import type { ExerciseSpec } from './exercise/schema.ts';
import { learnerAccount } from './exercise/start.ts';

/** What the grader needs besides the world: what only the learner's shell knows. */
export interface GraderContext {
  /** The credentials the learner's shell resolves to right now (for `current-credentials-are-role`), if known. */
  readonly currentCaller?: Caller | null;
  /** The learner's account; by default the account of `scenario.credentials`. */
  readonly account?: string;
}

/** An exercise's grade: every check's result, in the exercise's order. */
export interface Grade {
  readonly score: number;
  readonly maxScore: number;
  /** True when every check passed. */
  readonly passed: boolean;
  readonly results: readonly CheckResult[];
}

/** Grades the world as it is now. Reads only: asking a check never changes the world. */
export function gradeExercise(exercise: ExerciseSpec, world: World, context: GraderContext = {}): Grade {
  const ctx = {
    world,
    account: context.account ?? learnerAccount(world, exercise),
    currentCaller: context.currentCaller ?? null,
  };
  const results = exercise.checks.map((check) => runCheck(check, ctx));
  return {
    score: results.reduce((n, r) => n + r.points, 0),
    maxScore: results.reduce((n, r) => n + r.maxPoints, 0),
    passed: results.every((r) => r.passed),
    results,
  };
}

/** A check whose outcome changed between two gradings. */
export interface Flip {
  readonly id: string;
  readonly title: string;
  /** `fixed`: failed before, passes now; `broken`: passed before, fails now. */
  readonly change: 'fixed' | 'broken';
  /** The current feedback: why it passes or fails now. */
  readonly feedback: string;
}

/** The checks that flipped since the previous grading ("after your policy edit, these changed"), in check order. */
export function diffResults(
  previous: Grade | readonly CheckResult[],
  current: Grade | readonly CheckResult[],
): Flip[] {
  const before = new Map(resultsOf(previous).map((r) => [r.id, r.passed]));
  const flips: Flip[] = [];
  for (const r of resultsOf(current)) {
    const was = before.get(r.id);
    if (was === undefined || was === r.passed) continue;
    flips.push({ id: r.id, title: r.title, change: r.passed ? 'fixed' : 'broken', feedback: r.feedback });
  }
  return flips;
}

function resultsOf(g: Grade | readonly CheckResult[]): readonly CheckResult[] {
  return 'results' in g ? g.results : g;
}
