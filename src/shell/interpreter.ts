import type { AndOr, Command, Pipeline, Script, Word } from './ast.ts';
import { type ExpandScope, expandString, expandWords } from './expand.ts';
import { parse } from './parser.ts';
import { resolve } from './path.ts';
import { applyRedirects, type RedirectExpander } from './redirect.ts';
import { bufferSink, type Frame, type Status } from './runtime.ts';
import { cloneState, exportedEnv, setVar } from './state.ts';
import type { CommandIo, CommandSpec, ExecResult } from './types.ts';

const OK: Status = { code: 0, exit: false };
// Bash recurses until it crashes; the simulated shell stops a runaway `source`/`eval`/`$(…)` here instead.
const MAX_RUN_NESTING = 200;

/** Runs a parsed script in `frame`; stops early when `exit` runs. */
export async function runScript(script: Script, frame: Frame): Promise<Status> {
  let status = OK;
  for (const item of script.items) {
    status = await runAndOr(item, frame);
    if (status.exit) return status;
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
  const message = parsed.kind === 'syntax-error' ? parsed.message : 'syntax error: unexpected end of file';
  frame.err.write(`bash: ${message}\n`);
  frame.state.status = 2;
  return { code: 2, exit: false };
}

async function runAndOr(item: AndOr, frame: Frame): Promise<Status> {
  let status = await runPipeline(item.first, frame);
  for (const { op, pipeline } of item.rest) {
    if (status.exit) return status;
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
      const member = { ...frame, state: cloneState(frame.state), stdin, out, err, topLevel: false };
      status = { code: (await runCommand(command, member)).code, exit: false };
      stdin = { text: pipe.text() };
    }
  }
  const code = pipeline.negated ? Number(status.code === 0) : status.code;
  frame.state.status = code;
  return { code, exit: status.exit };
}

async function runCommand(command: Command, frame: Frame): Promise<Status> {
  if (command.kind === 'simple') return runSimple(command, frame);
  const redirected = await applyRedirects(command.redirects, frame, expander(frame));
  if (!redirected.ok) return fail(frame, redirected.message);
  const f = redirected.frame;
  switch (command.kind) {
    case 'group':
      return runScript(command.body, f);
    case 'subshell': {
      const status = await runScript(command.body, { ...f, state: cloneState(f.state), topLevel: false });
      return { code: status.code, exit: false };
    }
    case 'if': {
      for (const branch of command.branches) {
        const test = await runScript(branch.test, f);
        if (test.exit) return test;
        if (test.code === 0) return runScript(branch.body, f);
      }
      return command.otherwise ? runScript(command.otherwise, f) : OK;
    }
    case 'for': {
      const items = command.items
        ? await expandWords(command.items, scope(f))
        : { ok: true as const, value: [] };
      if (!items.ok) return fail(f, items.message);
      let status = OK;
      for (const item of items.value) {
        setVar(f.state, command.name, item);
        status = await runScript(command.body, f);
        if (status.exit) return status;
      }
      return status;
    }
    case 'while': {
      let status = OK;
      for (let guard = 0; guard < 100_000; guard++) {
        const test = await runScript(command.test, f);
        if (test.exit) return test;
        if ((test.code === 0) === command.until) return status;
        status = await runScript(command.body, f);
        if (status.exit) return status;
      }
      return fail(f, 'while: loop ran 100000 times; stopped (the simulated shell limits loops)');
    }
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
  const io = commandIo(name, f, prefix);
  const { runtime } = f;
  const builtin = runtime.builtins.get(name);
  const plugged = runtime.commands.get(name);
  if (!builtin && !plugged) return notFound(name, f);
  let result: ExecResult & { exit?: boolean };
  try {
    result = builtin
      ? await builtin.run(args, io, { frame: f, run: (source, positional) => runIn(source, f, positional) })
      : await (plugged as CommandSpec).run(args, io);
  } catch (error) {
    f.err.write(`bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    runtime.onInternalError(error, name);
    return { code: 1, exit: false };
  }
  if (plugged?.readsStdin && !builtin) f.stdin.text = '';
  if (result.stdout) f.out.write(result.stdout);
  if (result.stderr) f.err.write(result.stderr);
  return { code: result.exitCode, exit: Boolean(result.exit) && f.topLevel };
}

async function runIn(source: string, frame: Frame, positional?: string[]): Promise<Status> {
  if (!positional) return runSource(source, frame);
  const saved = frame.state.positional;
  frame.state.positional = positional;
  const status = await runSource(source, frame);
  frame.state.positional = saved;
  return status;
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
      return state.vars.get(name)?.value;
    },
    set: (name, value) => setVar(state, name, value),
    cwd: state.cwd,
    fs: frame.runtime.fs,
    async substitute(source) {
      this.substitutions++;
      const out = bufferSink();
      const sub = { ...frame, state: cloneState(state), stdin: { text: '' }, out, topLevel: false };
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
