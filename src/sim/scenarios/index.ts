/** Scenarios: the zod-validated starting-world format, its loader and the default sandbox. */
export { defaultSandbox, SANDBOX_ACCOUNTS, STUDENT_KEY } from './default-sandbox.ts';
export { loadScenario, ScenarioError } from './load.ts';
export { type Scenario, type ScenarioInput, scenarioSchema } from './schema.ts';
