// The one seam between the terminal island and the lab session behind it (src/shell/session.ts).
import type { ExerciseSpec } from '../../grading/exercise/schema.ts';
import { type ScenarioLibrary, startExercise } from '../../grading/exercise/start.ts';
import { createLabSession, type LabSession, type LabSnapshot } from '../../shell/session.ts';
import { defaultSandbox, type ScenarioInput } from '../../sim/scenarios/index.ts';
import { isLabScenario, type LabScenario } from './scenario-names.ts';

/** What the island needs of a lab session: the shell to feed, a picture of everything, and what a grader reads. */
export type LabSessionLike = Pick<LabSession, 'shell' | 'snapshot' | 'world' | 'currentCaller'>;

/** An exercise's starting world, as the page hands it to the island (JSON data, built at build time). */
export interface ExerciseStart {
  readonly exercise: ExerciseSpec;
  /** The base scenario when it is not `default`, by name. */
  readonly library?: ScenarioLibrary;
  /** An instructor lab's fixed seed. */
  readonly seed?: number | string;
}

/** How to open a session: a fresh one for `scenario` (or `exercise`), or one continuing from a saved snapshot. */
export interface SessionOptions {
  /** The scenario a fresh session starts from, by name (for an exercise, the name its saved session carries). */
  readonly scenario: string;
  /** Start from this exercise's world instead of a named scenario. */
  readonly exercise?: ExerciseStart | undefined;
  /** A snapshot from `LabSessionLike.snapshot()`, as read back from storage; bad data throws an `Error`. */
  readonly snapshot?: unknown;
}

const scenarios: Record<LabScenario, ScenarioInput> = { default: defaultSandbox };

/** Commands the session plugs into the shell on top of its built-in tools (for Tab completion). */
export const SESSION_COMMANDS = ['aws', 'curl', 'ssh', 'mfa-code', 'gh-oidc-token', 'saml-assertion'];

/** Opens the lab session the terminal drives. */
export function openSession({ scenario, exercise, snapshot }: SessionOptions): LabSessionLike {
  if (!exercise && !isLabScenario(scenario)) throw new Error(`there is no lab scenario called "${scenario}"`);
  if (snapshot !== undefined && (typeof snapshot !== 'object' || snapshot === null)) {
    throw new Error('the saved session is not a JSON object');
  }
  if (snapshot !== undefined) return createLabSession({ snapshot: snapshot as LabSnapshot });
  if (exercise) return startExercise(exercise.exercise, exercise.library, { seed: exercise.seed });
  return createLabSession({ scenario: scenarios[scenario as LabScenario] });
}
