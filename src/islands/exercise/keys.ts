// Where an exercise's terminal session and panel state live in the browser (no React: the lab page reads them too).
import { labKey } from '../terminal/saved-session.ts';

/** The terminal session id of an exercise, standalone or inside an instructor lab (each has its own world). */
export function exerciseSessionId(exerciseId: string, labId?: string): string {
  return labId ? `lab:${labId}:exercise:${exerciseId}` : `exercise:${exerciseId}`;
}

/** The scenario name the session is saved with; a session saved for another seed is set aside, not resumed. */
export function exerciseScenarioName(exerciseId: string, seed?: number | string): string {
  return seed === undefined ? `exercise:${exerciseId}` : `exercise:${exerciseId}@${seed}`;
}

/** The localStorage key of an exercise panel's state (hints shown, last check). */
export function panelKey(sessionId: string): string {
  return `${labKey(sessionId)}:panel`;
}
