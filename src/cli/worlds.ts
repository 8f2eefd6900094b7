import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultSandbox, type ScenarioInput, scenarioSchema } from '../sim/scenarios/index.ts';

/** Where named worlds live: `content/scenarios/NAME.yaml` (scenario format, `src/sim/scenarios/schema.ts`). */
export const WORLDS_DIR = join(import.meta.dirname, '..', '..', 'content', 'scenarios');

/** `default` and the names of the scenario files in `WORLDS_DIR`. */
export function worldNames(): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(WORLDS_DIR).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    // No scenarios directory: only the default sandbox.
  }
  return ['default', ...files.map((f) => f.replace(/\.ya?ml$/, '')).sort()];
}

/** A world's scenario, or an author's mistake naming the file and field. */
export type WorldLookup =
  | { readonly ok: true; readonly scenario: ScenarioInput }
  | { readonly ok: false; readonly message: string };

/**
 * The scenario of `--world NAME`: `default` (the sandbox), a file under `content/scenarios/` by name, or a path to a
 * `.yaml`/`.json` scenario file. The data is validated with the scenario schema here, so a mistake names the field.
 */
export function findWorld(name: string, readFile: (path: string) => string): WorldLookup {
  if (name === 'default') return { ok: true, scenario: defaultSandbox };
  const isPath = name.includes('/') || /\.(ya?ml|json)$/.test(name);
  if (!isPath && !worldNames().includes(name))
    return { ok: false, message: `no world named ${name} (worlds: ${worldNames().join(', ')})` };
  const path = isPath ? name : join(WORLDS_DIR, `${name}.yaml`);
  const shown = isPath ? name : relative(process.cwd(), path);
  let data: unknown;
  try {
    data = parseYaml(readFile(path));
  } catch (error) {
    const first = (error as Error).message.split('\n')[0];
    return { ok: false, message: `cannot read world ${shown}: ${first}` };
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || '(root)';
    return { ok: false, message: `${shown}: ${field}: ${issue?.message ?? 'invalid scenario'}` };
  }
  return { ok: true, scenario: data as ScenarioInput };
}
