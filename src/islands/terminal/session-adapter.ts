// The one seam between the terminal island and the lab session behind it (src/shell/session.ts).
import { createLabSession, type LabSession, type LabSnapshot } from '../../shell/session.ts';
import { defaultSandbox, type ScenarioInput } from '../../sim/scenarios/index.ts';
import { isLabScenario, type LabScenario } from './scenario-names.ts';

/** What the island needs of a lab session: the shell to feed and a picture of everything it holds. */
export type LabSessionLike = Pick<LabSession, 'shell' | 'snapshot'>;

/** How to open a session: a fresh one for `scenario`, or one continuing from a saved snapshot. */
export interface SessionOptions {
  /** The scenario a fresh session starts from, by name. */
  readonly scenario: string;
  /** A snapshot from `LabSessionLike.snapshot()`, as read back from storage; bad data throws an `Error`. */
  readonly snapshot?: unknown;
}

const scenarios: Record<LabScenario, ScenarioInput> = { default: defaultSandbox };

/** Commands the session plugs into the shell on top of its built-in tools (for Tab completion). */
export const SESSION_COMMANDS = ['aws', 'curl', 'ssh', 'mfa-code'];

/** Opens the lab session the terminal drives. */
export function openSession({ scenario, snapshot }: SessionOptions): LabSessionLike {
  if (!isLabScenario(scenario)) throw new Error(`there is no lab scenario called "${scenario}"`);
  if (snapshot !== undefined && (typeof snapshot !== 'object' || snapshot === null)) {
    throw new Error('the saved session is not a JSON object');
  }
  return createLabSession({ scenario: scenarios[scenario], snapshot: snapshot as LabSnapshot | undefined });
}
