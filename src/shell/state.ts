import type { Command } from './ast.ts';

/** A function as defined: `name() { … }`. */
export type ShellFunction = Extract<Command, { kind: 'function' }>;

/** A running function call: its name (`$FUNCNAME`) and the variables `local` saved, restored when it returns. */
export interface Call {
  readonly name: string;
  readonly saved: Map<string, Variable | undefined>;
}

/** A shell variable; exported ones reach commands through `io.env`. */
export interface Variable {
  value: string;
  exported: boolean;
  /** The elements of an array (only `BASH_REMATCH` here); `value` is the first. */
  items?: readonly string[];
}

/** What a subshell copies and may change without affecting its parent: variables, directory, `$?`. */
export interface ShellState {
  readonly vars: Map<string, Variable>;
  cwd: string;
  /** `$?`: the status of the last pipeline. */
  status: number;
  /** `$1`…: a function's arguments, or set while `source` runs a file with arguments, or by `set --`. */
  positional: string[];
  /** Functions by name, for later lines and subshells to call. */
  readonly functions: Map<string, ShellFunction>;
  /** Running function calls, innermost last. */
  readonly calls: Call[];
}

/** A new state whose variables all start exported (they came from the host's environment). */
export function createState(env: Readonly<Record<string, string>>, cwd: string): ShellState {
  const vars = new Map<string, Variable>();
  for (const [name, value] of Object.entries(env)) vars.set(name, { value, exported: true });
  return { vars, cwd, status: 0, positional: [], functions: new Map(), calls: [] };
}

/** A copy for a subshell (pipeline member, `( … )`, `$( … )`). */
export function cloneState(state: ShellState): ShellState {
  const vars = new Map<string, Variable>();
  for (const [name, v] of state.vars) vars.set(name, { ...v });
  return {
    vars,
    cwd: state.cwd,
    status: state.status,
    positional: [...state.positional],
    functions: new Map(state.functions),
    calls: state.calls.map((c) => ({ name: c.name, saved: new Map(c.saved) })),
  };
}

/** Makes `name` local to the innermost call (`local`): its current binding comes back when the call returns. */
export function saveLocal(state: ShellState, name: string): void {
  const call = state.calls[state.calls.length - 1];
  if (!call || call.saved.has(name)) return;
  const v = state.vars.get(name);
  call.saved.set(name, v && { ...v });
}

/** Puts back what `saveLocal` saved in `call`. */
export function restoreLocals(state: ShellState, call: Call): void {
  for (const [name, v] of call.saved) {
    if (v) state.vars.set(name, v);
    else state.vars.delete(name);
  }
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
