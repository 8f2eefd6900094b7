import type { Grade } from '../../grading/grade.ts';
import { attempt, type StorageLike } from '../../progress/storage.ts';
import { panelKey } from './keys.ts';

/** The last "Check my work": its grade and how many transcript entries had run (the lab report's claim). */
export interface LastCheck {
  readonly after: number;
  readonly grade: Grade;
}

/** What the exercise panel keeps between visits, beside the terminal's saved session. */
export interface PanelState {
  readonly version: 1;
  /** How many hints the learner has revealed. */
  readonly hints: number;
  readonly lastCheck: LastCheck | null;
}

export const EMPTY_PANEL: PanelState = { version: 1, hints: 0, lastCheck: null };

function isGrade(value: unknown): value is Grade {
  const g = value as Partial<Grade> | null;
  return (
    typeof g === 'object' &&
    g !== null &&
    typeof g.score === 'number' &&
    typeof g.maxScore === 'number' &&
    typeof g.passed === 'boolean' &&
    Array.isArray(g.results) &&
    g.results.every((r) => typeof r?.id === 'string' && typeof r.passed === 'boolean')
  );
}

/** The saved panel state; anything unreadable counts as a fresh panel (it holds nothing the learner typed). */
export function loadPanel(storage: StorageLike | null, sessionId: string): PanelState {
  const read = storage ? attempt(() => storage.getItem(panelKey(sessionId))) : null;
  if (!read?.ok || read.value === null) return EMPTY_PANEL;
  try {
    const data = JSON.parse(read.value) as Partial<PanelState>;
    const hints = Number.isInteger(data.hints) && (data.hints ?? 0) >= 0 ? (data.hints as number) : 0;
    const last = data.lastCheck;
    const lastCheck =
      last && Number.isInteger(last.after) && isGrade(last.grade)
        ? { after: last.after, grade: last.grade }
        : null;
    return { version: 1, hints, lastCheck };
  } catch {
    return EMPTY_PANEL;
  }
}

/** Saves the panel state; false when the browser refused. */
export function savePanel(storage: StorageLike | null, sessionId: string, state: PanelState): boolean {
  return storage !== null && attempt(() => storage.setItem(panelKey(sessionId), JSON.stringify(state))).ok;
}
