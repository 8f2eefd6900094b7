import type { AndOr, CaseArm, Command, Pipeline, Script, Word } from './ast.ts';
import { evaluateCond } from './cond.ts';
import { type ExpandScope, expandPattern, expandString, expandWords } from './expand.ts';
import { anchoredPattern } from './glob.ts';
import { parse } from './parser.ts';
import { resolve } from './path.ts';
import { applyRedirects, type RedirectExpander } from './redirect.ts';
import { type BuiltinResult, bufferSink, type Frame, type Status } from './runtime.ts';
import { cloneState, exportedEnv, restoreLocals, type ShellFunction, saveLocal, setVar } from './state.ts';
import { endOfInputMessage } from './syntax-error.ts';
import type { CommandIo, CommandSpec } from './types.ts';

const OK: Status = { code: 0, exit: false };
// Bash recurses until it crashes; the simulated shell stops a runaway `source`/`eval`/`$(…)` here instead.
const MAX_RUN_NESTING = 200;
// bash's FUNCNEST is unlimited by default (and recursion crashes it); this shell stops as if it were 200.
const MAX_CALL_DEPTH = 200;

/** True when the rest of a list must not run: `exit`, or a `return`/`break`/`continue` on its way out. */
const stops = (status: Status) => status.exit || status.jump !== undefined;

/** Runs a parsed script in `frame`; stops early when `exit`, `return`, `break` or `continue` runs. */
export async function runScript(script: Script, frame: Frame): Promise<Status> {
  let status = OK;
  for (const item of script.items) {
    status = await runAndOr(item, frame);
    if (stops(status)) return status;
  }
  return status;
}

/** Parses and runs source text in `frame`; a syntax error prints like bash and gives status 2. */
export async function runSource(source: string, frame: Frame): Promise<Status> {
  const nesting = (frame.nesting ?? 0) + 1;
  if (nesting > MAX_RUN_NESTING)
    return fail(
      frame,
      `source, eval and $(…) nested ${MAX_RUN_NESTING} deep; stopped (the simulated shell limits nesting)`,
    );
  const parsed = parse(source);
  if (parsed.kind === 'script') return runScript(parsed.script, { ...frame, nesting });
  const message = parsed.kind === 'syntax-error' ? parsed.message : endOfInputMessage(parsed);
  frame.err.write(`bash: ${message}\n`);
  frame.state.status = 2;
  return { code: 2, exit: false };
}

async function runAndOr(item: AndOr, frame: Frame): Promise<Status> {
  let status = await runPipeline(item.first, frame);
  for (const { op, pipeline } of item.rest) {
    if (stops(status)) return status;
    if ((op === '&&') === (status.code === 0)) status = await runPipeline(pipeline, frame);
  }
  return status;
}

async function runPipeline(pipeline: Pipeline, frame: Frame): Promise<Status> {
  let status: Status;
  if (pipeline.commands.length === 1 && pipeline.commands[0]) {
    status = await runCommand(pipeline.commands[0], frame);
  } else {
    // Each member runs in a subshell, one after the other: commands consume and produce whole strings.
    let stdin = frame.stdin;
    status = OK;
    for (const [i, command] of pipeline.commands.entries()) {
      const last = i === pipeline.commands.length - 1;
      const pipe = bufferSink();
      const out = last ? frame.out : pipe;
      const err = !last && pipeline.stderrToo[i] ? pipe : frame.err;
      const member = { ...frame, state: cloneState(frame.state), stdin, out, err };
      status = { code: (await runCommand(command, member)).code, exit: false };
      stdin = { text: pipe.text() };
    }
  }
  const code = pipeline.negated ? Number(status.code === 0) : status.code;
  frame.state.status = code;
  return { ...status, code };
}

async function runCommand(command: Command, frame: Frame): Promise<Status> {
  if (command.kind === 'simple') return runSimple(command, frame);
  if (command.kind === 'function') return defineFunction(command, frame);
  const redirected = await applyRedirects(command.redirects, frame, expander(frame));
  if (!redirected.ok) return fail(frame, redirected.message);
  const f = redirected.frame;
  switch (command.kind) {
    case 'group':
      return runScript(command.body, f);
    case 'subshell': {
      const status = await runScript(command.body, { ...f, state: cloneState(f.state) });
      return { code: status.code, exit: false };
    }
    case 'if': {
      for (const branch of command.branches) {
        const test = await runScript(branch.test, f);
        if (stops(test)) return test;
        if (test.code === 0) return runScript(branch.body, f);
      }
      return command.otherwise ? runScript(command.otherwise, f) : OK;
    }
    case 'for': {
      const items = command.items
        ? await expandWords(command.items, scope(f))
        : { ok: true as const, value: [...f.state.positional] };
      if (!items.ok) return fail(f, items.message);
      const body = inLoop(f);
      let status = OK;
      for (const item of items.value) {
        setVar(f.state, command.name, item);
        status = await runScript(command.body, body);
        const after = loopControl(status);
        if (after !== 'continue') return after;
      }
      return { code: status.code, exit: false };
    }
    case 'while': {
      const body = inLoop(f);
      let status = OK;
      for (let guard = 0; guard < 100_000; guard++) {
        const test = await runScript(command.test, body);
        const tested = loopControl(test);
        if (tested !== 'continue') return tested;
        if (test.jump) continue;
        if ((test.code === 0) === command.until) return status;
        status = await runScript(command.body, body);
        const after = loopControl(status);
        if (after !== 'continue') return after;
        status = { code: status.code, exit: false };
      }
      return fail(f, 'while: loop ran 100000 times; stopped (the simulated shell limits loops)');
    }
    case 'case':
      return runCase(command.subject, command.arms, f);
    case 'cond': {
      const sc = scope(f);
      const result = await evaluateCond(command.expr, {
        scope: sc,
        io: commandIo('[[', f),
        rematch: (groups) =>
          f.state.vars.set('BASH_REMATCH', { value: groups[0] ?? '', exported: false, items: groups }),
      });
      if (result.message !== undefined) f.err.write(`bash: ${result.message}\n`);
      return { code: result.code, exit: false };
    }
  }
}

/** A frame for a loop's body: `break` and `continue` find the loop through it. */
function inLoop(frame: Frame): Frame {
  return { ...frame, loops: (frame.loops ?? 0) + 1 };
}

/**
 * What a loop does after its body ran: go on (`'continue'`), or stop with a status. `break n` and `continue n`
 * for n > 1 leave this loop and pass the rest outward; `return` and `exit` pass through.
 */
function loopControl(status: Status): Status | 'continue' {
  const { jump } = status;
  if (status.exit) return status;
  if (!jump) return 'continue';
  if (jump.kind === 'return') return status;
  if (jump.levels > 1) return { code: status.code, exit: false, jump: { ...jump, levels: jump.levels - 1 } };
  return jump.kind === 'continue' ? 'continue' : { code: status.code, exit: false };
}

/** `case`: the first arm with a matching pattern runs; `;&` falls into the next body, `;;&` tests on. */
async function runCase(subjectWord: Word, arms: readonly CaseArm[], frame: Frame): Promise<Status> {
  const sc = scope(frame);
  const subject = await expandString(subjectWord, sc);
  if (!subject.ok) return fail(frame, subject.message);
  let status = OK;
  let fallThrough = false;
  for (const arm of arms) {
    if (!fallThrough) {
      let matched = false;
      for (const word of arm.patterns) {
        const pattern = await expandPattern(word, sc);
        if (!pattern.ok) return fail(frame, pattern.message);
        matched = anchoredPattern(pattern.value).test(subject.value);
        if (matched) break;
      }
      if (!matched) continue;
    }
    status = await runScript(arm.body, frame);
    if (stops(status) || arm.end === ';;') return status;
    fallThrough = arm.end === ';&';
  }
  return status;
}

/** `name() { … }`: remembers the function; bash refuses names it could not call (quoted, with `$`). */
function defineFunction(command: ShellFunction, frame: Frame): Status {
  if (/['"\\$`]/.test(command.name)) return fail(frame, `\`${command.name}': not a valid identifier`);
  frame.state.functions.set(command.name, command);
  return OK;
}

/**
 * Calls a function: its arguments become `$1`…, `VAR=value` prefixes and `local` variables last until it
 * returns, and `return` ends it. Loops outside it are out of reach of its `break`.
 */
async function callFunction(
  fn: ShellFunction,
  args: string[],
  frame: Frame,
  prefix: Record<string, string>,
): Promise<Status> {
  const { state } = frame;
  if (state.calls.length >= MAX_CALL_DEPTH)
    return fail(frame, `${fn.name}: maximum function nesting level exceeded (${MAX_CALL_DEPTH})`);
  const positional = state.positional;
  const call = { name: fn.name, saved: new Map() };
  state.calls.push(call);
  state.positional = args;
  for (const [name, value] of Object.entries(prefix)) {
    saveLocal(state, name);
    state.vars.set(name, { value, exported: true });
  }
  try {
    const status = await runCommand(fn.body, { ...frame, loops: 0, returnable: true });
    return { code: status.code, exit: status.exit };
  } finally {
    restoreLocals(state, call);
    state.calls.pop();
    state.positional = positional;
  }
}

async function runSimple(command: Extract<Command, { kind: 'simple' }>, frame: Frame): Promise<Status> {
  const sc = scope(frame);
  const argv = await expandWords(command.words, sc);
  if (!argv.ok) return fail(frame, argv.message);
  const prefix: Record<string, string> = {};
  for (const a of command.assignments) {
    const value = await expandString(a.value, sc);
    if (!value.ok) return fail(frame, value.message);
    prefix[a.name] = value.value;
  }
  const redirected = await applyRedirects(command.redirects, frame, expander(frame));
  if (!redirected.ok) return fail(frame, redirected.message);
  const f = redirected.frame;
  const [name, ...args] = argv.value;
  if (name === undefined) {
    for (const [key, value] of Object.entries(prefix)) setVar(frame.state, key, value);
    // A bare assignment's status is that of its last command substitution, else 0.
    return { code: sc.substitutions ? frame.state.status : 0, exit: false };
  }
  const fn = f.state.functions.get(name);
  if (fn) return callFunction(fn, args, f, prefix);
  const io = commandIo(name, f, prefix);
  const { runtime } = f;
  const builtin = runtime.builtins.get(name);
  const plugged = runtime.commands.get(name);
  if (!builtin && !plugged) return notFound(name, f);
  let result: BuiltinResult;
  try {
    result = builtin
      ? await builtin.run(args, io, { frame: f, run: (source, options) => runIn(source, f, options) })
      : await (plugged as CommandSpec).run(args, io);
  } catch (error) {
    f.err.write(`bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    runtime.onInternalError(error, name);
    return { code: 1, exit: false };
  }
  if (plugged?.readsStdin && !builtin) f.stdin.text = '';
  if (result.stdout) f.out.write(result.stdout);
  if (result.stderr) f.err.write(result.stderr);
  return { code: result.exitCode, exit: Boolean(result.exit), jump: result.jump };
}

/** `eval` and `source`: a sourced file may `return`, which ends it rather than the function around it. */
async function runIn(
  source: string,
  frame: Frame,
  options: { positional?: string[]; sourced?: boolean } = {},
): Promise<Status> {
  const { positional, sourced } = options;
  const saved = frame.state.positional;
  if (positional) frame.state.positional = positional;
  const status = await runSource(source, sourced ? { ...frame, returnable: true } : frame);
  if (positional) frame.state.positional = saved;
  return sourced && status.jump?.kind === 'return' ? { code: status.code, exit: status.exit } : status;
}

function notFound(name: string, frame: Frame): Status {
  if (!name.includes('/')) return fail(frame, `${name}: command not found`, 127);
  const stat = frame.runtime.fs.stat(resolve(frame.state.cwd, name));
  if (!stat.ok) return fail(frame, `${name}: No such file or directory`, 127);
  if (stat.value.type === 'dir') return fail(frame, `${name}: Is a directory`, 126);
  return fail(frame, `${name}: Permission denied`, 126);
}

function fail(frame: Frame, message: string, code = 1): Status {
  frame.err.write(`bash: ${message}\n`);
  return { code, exit: false };
}

/** The `io` a command sees. */
export function commandIo(name: string, frame: Frame, prefix: Record<string, string> = {}): CommandIo {
  const { runtime, state } = frame;
  const env = { ...exportedEnv(state), ...prefix };
  const home = state.vars.get('HOME')?.value ?? runtime.fs.home;
  return {
    name,
    stdin: frame.stdin.text,
    env,
    fs: runtime.fs,
    cwd: state.cwd,
    path: (p) => resolve(state.cwd, p === '~' ? home : p.startsWith('~/') ? home + p.slice(1) : p),
    clock: runtime.clock,
    user: runtime.identity.user,
    hostname: runtime.identity.hostname,
    isTerminal: frame.out.tty === true,
  };
}

/** Variables and `$(…)` as expansion sees them in `frame`. */
function scope(frame: Frame): ExpandScope & { substitutions: number } {
  const { state } = frame;
  return {
    substitutions: 0,
    get: (name) => {
      if (name === '?') return String(state.status);
      if (name === '$') return '4242';
      if (name === '0') return 'bash';
      if (name === '#') return String(state.positional.length);
      if (name === '@' || name === '*') return state.positional.join(' ');
      if (/^[1-9]$/.test(name)) return state.positional[Number(name) - 1];
      if (name === 'FUNCNAME' && state.calls.length) return state.calls[state.calls.length - 1]?.name;
      return state.vars.get(name)?.value;
    },
    positional: () => state.positional,
    items: (name) => state.vars.get(name)?.items,
    set: (name, value) => setVar(state, name, value),
    cwd: state.cwd,
    fs: frame.runtime.fs,
    async substitute(source) {
      this.substitutions++;
      const out = bufferSink();
      const sub = { ...frame, state: cloneState(state), stdin: { text: '' }, out };
      const status = await runSource(source, sub);
      state.status = status.code;
      return out.text();
    },
  };
}

function expander(frame: Frame): RedirectExpander {
  const sc = scope(frame);
  return {
    words: (word: Word) => expandWords([word], sc),
    string: (word: Word) => expandString(word, sc, false),
  };
}
