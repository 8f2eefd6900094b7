import { pyFloat, pyInt, reprString } from './python.ts';
import { type CliFailure, invalidChoiceMessage, usageError } from './usage.ts';

/**
 * The slice of Python 3.11's argparse that AWS CLI v2's per-operation parser uses
 * (`ArgTableArgParser.parse_known_args`): options with one value, `*` and `?` values and flags,
 * unambiguous prefixes, `--opt=value`, positionals, `--`, and argparse's exact error texts.
 */
export interface Action {
  /** Where the value lands, e.g. `role_name`. */
  readonly dest: string;
  /** `['--role-name']` for an option; empty for a positional. */
  readonly optionStrings: readonly string[];
  /** null: exactly one value; `?`: zero or one; `*`: any number; 0: a flag. */
  readonly nargs: null | '?' | '*' | 0;
  readonly required: boolean;
  /** argparse's `type=`: values are converted and a failure is a usage error. */
  readonly type?: 'int' | 'float';
  readonly choices?: readonly string[];
  /** The value of a flag (nargs 0) or of a `?` option given without one. */
  readonly constValue?: unknown;
  /** The value when the action is absent (argparse's `default`). */
  readonly defaultValue?: unknown;
  /** A positional's name in messages. */
  readonly metavar?: string;
}

export interface ParsedArgs {
  readonly ok: true;
  /** Values by dest; an action that was never given holds its default (usually undefined). */
  readonly values: Map<string, unknown>;
  /** What argparse could not place, as `parse_known_args` returns it. */
  readonly extras: string[];
}

class ArgumentError {
  readonly message: string;
  constructor(action: Action | null, message: string) {
    this.message = action ? `argument ${actionName(action)}: ${message}` : message;
  }
}

function actionName(action: Action): string {
  if (action.optionStrings.length > 0) return action.optionStrings.join('/');
  return action.metavar ?? action.dest;
}

type OptionTuple = [action: Action | null, optionString: string, explicitArg: string | null];

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/u;

/** `parser.parse_known_args(args)`: the values and the leftovers, or the usage error. */
export function parseKnownArgs(actions: readonly Action[], args: readonly string[]): ParsedArgs | CliFailure {
  try {
    return parse(actions, args);
  } catch (error) {
    if (error instanceof ArgumentError) return usageError(error.message);
    throw error;
  }
}

function parse(actions: readonly Action[], argStrings: readonly string[]): ParsedArgs {
  const optionActions = new Map<string, Action>();
  for (const action of actions) for (const option of action.optionStrings) optionActions.set(option, action);
  const positionals = actions.filter((action) => action.optionStrings.length === 0);
  const values = new Map<string, unknown>();
  for (const action of actions) if (!values.has(action.dest)) values.set(action.dest, action.defaultValue);

  // Classify every string: O for an option, A for an argument, - for `--`.
  const optionIndices = new Map<number, OptionTuple>();
  let pattern = '';
  for (let i = 0; i < argStrings.length; i++) {
    const arg = argStrings[i] as string;
    if (arg === '--') {
      pattern += '-';
      pattern += 'A'.repeat(argStrings.length - i - 1);
      break;
    }
    const tuple = parseOptional(optionActions, arg);
    if (tuple === null) pattern += 'A';
    else {
      optionIndices.set(i, tuple);
      pattern += 'O';
    }
  }

  const seen = new Set<Action>();
  const extras: string[] = [];

  const takeAction = (action: Action, strings: string[]): void => {
    seen.add(action);
    values.set(action.dest, getValues(action, strings));
  };

  const consumeOptional = (start: number): number => {
    const [action, , explicitArg] = optionIndices.get(start) as OptionTuple;
    if (action === null) {
      extras.push(argStrings[start] as string);
      return start + 1;
    }
    if (explicitArg !== null) {
      if (matchArgument(action, 'A') === 1) {
        takeAction(action, [explicitArg]);
        return start + 1;
      }
      throw new ArgumentError(action, `ignored explicit argument ${reprString(explicitArg)}`);
    }
    const count = matchArgument(action, pattern.slice(start + 1));
    takeAction(action, argStrings.slice(start + 1, start + 1 + count));
    return start + 1 + count;
  };

  const consumePositionals = (start: number): number => {
    const counts = matchPartial(positionals, pattern.slice(start));
    let index = start;
    counts.forEach((count, i) => {
      takeAction(positionals[i] as Action, argStrings.slice(index, index + count));
      index += count;
    });
    positionals.splice(0, counts.length);
    return index;
  };

  let start = 0;
  const maxOptionIndex = optionIndices.size > 0 ? Math.max(...optionIndices.keys()) : -1;
  while (start <= maxOptionIndex) {
    const nextOption = Math.min(...[...optionIndices.keys()].filter((index) => index >= start));
    if (start !== nextOption) {
      const end = consumePositionals(start);
      if (end > start) {
        start = end;
        continue;
      }
      start = end;
    }
    if (!optionIndices.has(start)) {
      extras.push(...argStrings.slice(start, nextOption));
      start = nextOption;
    }
    start = consumeOptional(start);
  }
  const stop = consumePositionals(start);
  extras.push(...argStrings.slice(stop));

  const missing = actions.filter((action) => action.required && !seen.has(action)).map(actionName);
  if (missing.length > 0) {
    throw new ArgumentError(null, `the following arguments are required: ${missing.join(', ')}`);
  }
  return { ok: true, values, extras };
}

function parseOptional(optionActions: Map<string, Action>, arg: string): OptionTuple | null {
  if (arg?.[0] !== '-') return null;
  const exact = optionActions.get(arg);
  if (exact) return [exact, arg, null];
  if (arg.length === 1) return null;
  const eq = arg.indexOf('=');
  if (eq >= 0) {
    const option = arg.slice(0, eq);
    const action = optionActions.get(option);
    if (action) return [action, option, arg.slice(eq + 1)];
  }
  const tuples = optionTuples(optionActions, arg);
  if (tuples.length > 1) {
    const matches = tuples.map(([, option]) => option).join(', ');
    throw new ArgumentError(null, `ambiguous option: ${arg} could match ${matches}`);
  }
  if (tuples.length === 1) return tuples[0] as OptionTuple;
  if (NEGATIVE_NUMBER.test(arg)) return null; // no option looks like a negative number
  if (arg.includes(' ')) return null;
  return [null, arg, null];
}

/** Options that `arg` abbreviates (only `--long` forms are abbreviated). */
function optionTuples(optionActions: Map<string, Action>, arg: string): OptionTuple[] {
  if (arg[1] !== '-') return [];
  const eq = arg.indexOf('=');
  const prefix = eq >= 0 ? arg.slice(0, eq) : arg;
  const explicit = eq >= 0 ? arg.slice(eq + 1) : null;
  const out: OptionTuple[] = [];
  for (const [option, action] of optionActions) {
    if (option.startsWith(prefix)) out.push([action, option, explicit]);
  }
  return out;
}

function nargsPattern(action: Action): string {
  let p: string;
  if (action.nargs === null) p = '(-*A-*)';
  else if (action.nargs === '?') p = '(-*A?-*)';
  else if (action.nargs === '*') p = '(-*[A-]*)';
  else p = '(-*-*)';
  return action.optionStrings.length > 0 ? p.replaceAll('-*', '').replaceAll('-', '') : p;
}

function matchArgument(action: Action, pattern: string): number {
  const match = new RegExp(`^${nargsPattern(action)}`, 'u').exec(pattern);
  if (!match) {
    const message = action.nargs === '?' ? 'expected at most one argument' : 'expected one argument';
    throw new ArgumentError(action, message);
  }
  return (match[1] as string).length;
}

function matchPartial(actions: readonly Action[], pattern: string): number[] {
  for (let i = actions.length; i > 0; i--) {
    const regex = new RegExp(`^${actions.slice(0, i).map(nargsPattern).join('')}`, 'u');
    const match = regex.exec(pattern);
    if (match) return match.slice(1).map((group) => (group ?? '').length);
  }
  return [];
}

function getValues(action: Action, strings: string[]): unknown {
  const args = [...strings];
  const dashes = args.indexOf('--');
  if (dashes >= 0) args.splice(dashes, 1);
  if (action.nargs === 0) return action.constValue;
  if (args.length === 0 && action.nargs === '?') {
    return action.optionStrings.length > 0 ? action.constValue : action.defaultValue;
  }
  if (args.length === 1 && (action.nargs === null || action.nargs === '?')) {
    return checkedValue(action, args[0] as string);
  }
  return args.map((arg) => checkedValue(action, arg));
}

function checkedValue(action: Action, arg: string): unknown {
  let value: unknown = arg;
  if (action.type) {
    const converted = action.type === 'int' ? pyInt(arg) : pyFloat(arg);
    if (!converted.ok) throw new ArgumentError(action, `invalid ${action.type} value: ${reprString(arg)}`);
    value = converted.value;
  }
  if (action.choices && !action.choices.includes(String(value))) {
    throw new ArgumentError(action, invalidChoiceMessage(String(value), action.choices));
  }
  return value;
}
