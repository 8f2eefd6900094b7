import { evaluateArith } from './arith.ts';
import type { ParamOp, Word, WordPart } from './ast.ts';
import { glob, hasGlob, patternSource, type Segment } from './glob.ts';
import { parse } from './parser.ts';
import type { Vfs } from './vfs.ts';

/** What expansion needs from the shell: variables, the file system (for globs) and a way to run `$(…)`. */
export interface ExpandScope {
  /** A variable or special parameter (`?`, `$`, `#`, `0`…`9`, `@`, `*`); undefined when unset. */
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  readonly cwd: string;
  readonly fs: Vfs;
  /** Runs a command substitution's source in a subshell and returns its stdout. */
  substitute(source: string): Promise<string>;
}

/** Expanded fields, or bash's message (after `bash: `) when an expansion fails, like `${X:?}`. */
export type Expansion<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

// Unwinds nested expansion to the exported entry points, which turn it back into a value.
class Failure {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

type Field = Segment[];
const IFS_WHITESPACE = /[ \t\n]+/;

/** Expands command words: parameters, substitutions, tilde, word splitting, then globbing. */
export async function expandWords(words: readonly Word[], scope: ExpandScope): Promise<Expansion<string[]>> {
  return capture(async () => {
    const out: string[] = [];
    for (const word of words) {
      for (const field of await fields(word, scope)) {
        const matches = hasGlob(field) ? glob(field, scope.cwd, scope.fs) : [];
        out.push(...(matches.length ? matches : [field.map((s) => s.text).join('')]));
      }
    }
    return out;
  });
}

/** Expands a word to one string without splitting or globbing (assignments, here-documents, here-strings). */
export async function expandString(word: Word, scope: ExpandScope, tilde = true): Promise<Expansion<string>> {
  return capture(async () => (await segments(word, scope, tilde)).map((s) => s.text).join(''));
}

async function capture<T>(run: () => Promise<T>): Promise<Expansion<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, message: e.message };
    throw e;
  }
}

/** The word's expanded text as segments, split only where the caller asks (see `fields`). */
async function segments(word: Word, scope: ExpandScope, tilde: boolean): Promise<Segment[]> {
  const out: Segment[] = [];
  for (const [i, part] of word.parts.entries()) {
    const text = await partText(part, scope, i === 0 && tilde);
    out.push({ text, quoted: part.quoted || part.kind !== 'literal' });
  }
  return out;
}

/** Splits a word into fields: only unquoted results of expansions split, on IFS whitespace. */
async function fields(word: Word, scope: ExpandScope): Promise<Field[]> {
  const out: Field[] = [];
  let current: Field = [];
  let started = false;
  const finish = () => {
    if (started) out.push(current);
    current = [];
    started = false;
  };
  for (const [i, part] of word.parts.entries()) {
    const text = await partText(part, scope, i === 0);
    if (part.kind === 'literal' && !part.quoted && text !== part.text) {
      // `~` became the home directory: that is literal text, the rest may still glob (`~/.aws/*.json`).
      const rest = part.text.slice(1);
      current.push(
        { text: text.slice(0, text.length - rest.length), quoted: true },
        { text: rest, quoted: false },
      );
      started = true;
      continue;
    }
    if (part.kind === 'literal' || part.quoted) {
      current.push({ text, quoted: part.quoted });
      if (part.quoted || text !== '') started = true;
      continue;
    }
    text.split(IFS_WHITESPACE).forEach((piece, index) => {
      if (index > 0) finish();
      if (piece !== '') {
        // Expansion results never glob-match brackets they did not write; treat them as patterns like bash does.
        current.push({ text: piece, quoted: false });
        started = true;
      }
    });
  }
  finish();
  return out;
}

async function partText(part: WordPart, scope: ExpandScope, tildeHere: boolean): Promise<string> {
  switch (part.kind) {
    case 'literal':
      if (tildeHere && !part.quoted && /^~(\/|$)/.test(part.text))
        return (scope.get('HOME') ?? '') + part.text.slice(1);
      return part.text;
    case 'command':
      return (await scope.substitute(part.source)).replace(/\n+$/, '');
    case 'arith': {
      const expanded = await expandArithSource(part.source, scope);
      const value = evaluateArith(expanded, (name) => scope.get(name));
      if (!value.ok) throw new Failure(value.message);
      return String(value.value);
    }
    case 'param':
      return param(part.name, part.op, part.arg, scope);
  }
}

/** `$x` and `$(…)` inside `$(( … ))` are expanded before evaluation. */
async function expandArithSource(source: string, scope: ExpandScope): Promise<string> {
  if (!source.includes('$')) return source;
  const parsed = parse(`: ${source}`);
  if (parsed.kind !== 'script') return source;
  const command = parsed.script.items[0]?.first.commands[0];
  if (command?.kind !== 'simple') return source;
  const parts: string[] = [];
  for (const word of command.words.slice(1)) {
    const text = await expandString(word, scope);
    parts.push(text.ok ? text.value : '');
  }
  return parts.join(' ');
}

async function param(
  name: string,
  op: ParamOp | null,
  arg: Word | null,
  scope: ExpandScope,
): Promise<string> {
  const value = scope.get(name);
  const argText = async () => (arg ? (await segments(arg, scope, true)).map((s) => s.text).join('') : '');
  switch (op) {
    case null:
      return value ?? '';
    case 'length':
      return String([...(value ?? '')].length);
    case ':-':
      return value ? value : argText();
    case '-':
      return value !== undefined ? value : argText();
    case ':=':
    case '=': {
      if (op === ':=' ? value : value !== undefined) return value ?? '';
      const assigned = await argText();
      scope.set(name, assigned);
      return assigned;
    }
    case ':+':
      return value ? argText() : '';
    case '+':
      return value !== undefined ? argText() : '';
    case ':?':
    case '?': {
      if (op === ':?' ? value : value !== undefined) return value ?? '';
      const message = await argText();
      throw new Failure(`${name}: ${message || 'parameter null or not set'}`);
    }
    default: {
      const pattern = arg ? await segments(arg, scope, true) : [];
      return trimPattern(value ?? '', op, pattern);
    }
  }
}

/** `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}`: removes the shortest or longest matching prefix or suffix. */
function trimPattern(value: string, op: '#' | '##' | '%' | '%%', pattern: Segment[]): string {
  const re = new RegExp(`^${patternSource(pattern)}$`, 's');
  const lengths = [...Array(value.length + 1).keys()];
  const order = op === '#' || op === '%' ? lengths : lengths.reverse();
  for (const n of order) {
    if (op.startsWith('#') && re.test(value.slice(0, n))) return value.slice(n);
    if (op.startsWith('%') && re.test(value.slice(value.length - n))) return value.slice(0, value.length - n);
  }
  return value;
}
