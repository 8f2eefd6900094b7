/** Scenarios a `<Lab scenario="…">` may name; `session-adapter.ts` maps each to its starting world. */
export const LAB_SCENARIOS = ['default'] as const;

export type LabScenario = (typeof LAB_SCENARIOS)[number];

/** True when `name` is a scenario a lab can start from. */
export function isLabScenario(name: string): name is LabScenario {
  return (LAB_SCENARIOS as readonly string[]).includes(name);
}
