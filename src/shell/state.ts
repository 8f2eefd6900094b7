/** A shell variable; exported ones reach commands through `io.env`. */
export interface Variable {
  value: string;
  exported: boolean;
}

/** What a subshell copies and may change without affecting its parent: variables, directory, `$?`. */
export interface ShellState {
  readonly vars: Map<string, Variable>;
  cwd: string;
  /** `$?`: the status of the last pipeline. */
  status: number;
  /** `$1`…: set while `source` runs a file with arguments. */
  positional: string[];
}

/** A new state whose variables all start exported (they came from the host's environment). */
export function createState(env: Readonly<Record<string, string>>, cwd: string): ShellState {
  const vars = new Map<string, Variable>();
  for (const [name, value] of Object.entries(env)) vars.set(name, { value, exported: true });
  return { vars, cwd, status: 0, positional: [] };
}

/** A copy for a subshell (pipeline member, `( … )`, `$( … )`). */
export function cloneState(state: ShellState): ShellState {
  const vars = new Map<string, Variable>();
  for (const [name, v] of state.vars) vars.set(name, { ...v });
  return { vars, cwd: state.cwd, status: state.status, positional: [...state.positional] };
}

/** Sets a variable, keeping its exported flag. */
export function setVar(state: ShellState, name: string, value: string): void {
  const existing = state.vars.get(name);
  state.vars.set(name, { value, exported: existing?.exported ?? false });
}

/** The exported variables as a plain object, in name order. */
export function exportedEnv(state: ShellState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...state.vars.keys()].sort()) {
    const v = state.vars.get(name);
    if (v?.exported) env[name] = v.value;
  }
  return env;
}

/** True for a valid variable name. */
export function isName(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text);
}
