import { evaluateArith } from './arith.ts';
import type { Word, WordPart } from './ast.ts';
import { glob, hasGlob, type Segment } from './glob.ts';
import { changeCase, replacePattern, sliceBounds, trimPattern } from './params.ts';
import { parse } from './parser.ts';
import type { Vfs } from './vfs.ts';

/** What expansion needs from the shell: variables, the file system (for globs) and a way to run `$(…)`. */
export interface ExpandScope {
  /** A variable or special parameter (`?`, `$`, `#`, `0`…`9`, `@`, `*`); undefined when unset. */
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  /** `$1`, `$2`…, for `"$@"` and `${@:offset}`. */
  positional(): readonly string[];
  /** An array's elements; undefined for a scalar or an unset name. */
  items(name: string): readonly string[] | undefined;
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
type Param = Extract<WordPart, { kind: 'param' }>;
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

/**
 * Expands a pattern word (`case` patterns, `[[ x == pat ]]`, `=~`): no splitting or globbing, and text stays
 * active unless it was quoted, so `$p` holding `a*` matches like `a*` while `"$p"` matches itself.
 */
export async function expandPattern(word: Word, scope: ExpandScope): Promise<Expansion<Segment[]>> {
  return capture(() => patternSegments(word, scope));
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

async function patternSegments(word: Word | null, scope: ExpandScope): Promise<Segment[]> {
  const out: Segment[] = [];
  for (const [i, part] of (word?.parts ?? []).entries())
    out.push({ text: await partText(part, scope, i === 0), quoted: part.quoted });
  return out;
}

/** Splits a word into fields: only unquoted results of expansions split, on IFS whitespace. */
async function fields(word: Word, scope: ExpandScope): Promise<Field[]> {
  const out: Field[] = [];
  let current: Field = [];
  let started = false;
  const finish = () => {
    if (started && !(emptyAt && current.every((s) => s.text === ''))) out.push(current);
    current = [];
    started = false;
  };
  // `"$@"` with no parameters is no field at all, even beside the empty string its quotes open.
  let emptyAt = false;
  for (const [i, part] of word.parts.entries()) {
    const value = await partValue(part, scope, i === 0);
    if (Array.isArray(value)) {
      emptyAt ||= value.length === 0;
      value.forEach((item, index) => {
        if (index > 0) finish();
        current.push({ text: item, quoted: true });
        started = true;
      });
      continue;
    }
    const text = value;
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
    case 'param': {
      const value = await paramValue(part, scope);
      return Array.isArray(value) ? value.join(' ') : value;
    }
    case 'bad':
      throw new Failure(`${part.text}: bad substitution`);
  }
}

/** A part's expansion; quoted `"$@"` and `"${a[@]}"` give one field per element. */
async function partValue(part: WordPart, scope: ExpandScope, tildeHere: boolean): Promise<string | string[]> {
  return part.kind === 'param' ? paramValue(part, scope) : partText(part, scope, tildeHere);
}

/** A `${…}` whose subscript (of `${name[index]}`) is expanded once; null without one. */
interface Ref {
  readonly part: Param;
  readonly sub: string | null;
}

async function paramValue(part: Param, scope: ExpandScope): Promise<string | string[]> {
  const ref = { part, sub: part.index ? (await wordText(part.index, scope)).trim() : null };
  const list = await listOf(ref, scope);
  if (!list) return param(ref, scope);
  // `"$@"` stays apart; `"$*"` joins with the first character of IFS (a space when IFS is unset).
  const at = part.index ? ref.sub === '@' : part.name === '@';
  if (part.quoted && at) return list;
  return list.join(part.quoted ? (scope.get('IFS') ?? ' ').slice(0, 1) : ' ');
}

/**
 * The elements of `$@`, `$*`, `${name[@]}` or `${name[*]}`, sliced by `${…:offset:length}`; null for anything
 * else. Slicing `$@` counts `$0` as element 0, as bash does.
 */
async function listOf({ part, sub }: Ref, scope: ExpandScope): Promise<string[] | null> {
  let all: readonly string[];
  if (sub === null && (part.name === '@' || part.name === '*'))
    all = part.op === ':' ? [scope.get('0') ?? '', ...scope.positional()] : scope.positional();
  else if (sub === '@' || sub === '*') {
    // On a scalar, `${x[@]:1:2}` slices the string, as `${x:1:2}` would.
    if (!scope.items(part.name) && part.op === ':') return null;
    all = elements(part.name, scope);
  } else return null;
  if (part.op === null) return [...all];
  if (part.op !== ':') return null;
  const bounds = await slice(part, scope, all.length);
  return all.slice(bounds.start, bounds.end);
}

/** An array's elements; a set scalar is an array of one. */
function elements(name: string, scope: ExpandScope): readonly string[] {
  const value = scope.get(name);
  return scope.items(name) ?? (value === undefined ? [] : [value]);
}

/** `${name[n]}`: element n (counted from the end when negative) of an array or a scalar. */
function element({ part, sub }: Ref, scope: ExpandScope): string | undefined {
  if (sub === null) return scope.get(part.name);
  const items = elements(part.name, scope);
  if (sub === '@' || sub === '*') return items.join(' ');
  const n = evaluateArith(sub, (name) => scope.get(name));
  if (!n.ok) throw new Failure(n.message);
  const i = Number(n.value);
  if (i < 0 && -i > items.length) throw new Failure(`${part.name}: bad array subscript`);
  return items[i < 0 ? items.length + i : i];
}

/** The bounds of `${x:offset:length}` over `size` characters or parameters. */
async function slice(part: Param, scope: ExpandScope, size: number): Promise<{ start: number; end: number }> {
  const number = async (word: Word | null | undefined) => {
    const text = word ? await wordText(word, scope) : '';
    const value = evaluateArith(text, (name) => scope.get(name));
    if (!value.ok) throw new Failure(`${part.name}: ${value.message}`);
    return { value: value.value, text: text.trim() };
  };
  const offset = await number(part.arg);
  const length = part.arg2 ? await number(part.arg2) : null;
  const bounds = sliceBounds(size, offset.value, length);
  if ('message' in bounds) throw new Failure(bounds.message);
  return bounds;
}

async function wordText(word: Word, scope: ExpandScope): Promise<string> {
  return (await segments(word, scope, true)).map((s) => s.text).join('');
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

async function param(ref: Ref, scope: ExpandScope): Promise<string> {
  const { part } = ref;
  const { name, op, arg } = part;
  const value = element(ref, scope);
  const argText = async () => (arg ? wordText(arg, scope) : '');
  switch (op) {
    case null:
      return value ?? '';
    case 'length':
      if (ref.sub === '@' || ref.sub === '*') return String(elements(name, scope).length);
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
    case ':': {
      const chars = [...(value ?? '')];
      const { start, end } = await slice(part, scope, chars.length);
      return chars.slice(start, end).join('');
    }
    case '/':
    case '//':
    case '/#':
    case '/%':
      return replacePattern(
        value ?? '',
        op,
        await patternSegments(arg, scope),
        await patternSegments(part.arg2 ?? null, scope),
      );
    case '^':
    case '^^':
    case ',':
    case ',,':
      return changeCase(value ?? '', op, await patternSegments(arg, scope));
    default:
      return trimPattern(value ?? '', op, await patternSegments(arg, scope));
  }
}
