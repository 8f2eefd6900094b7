import type { AndOr, Assignment, CaseArm, Command, Pipeline, Redirect, Script, Word } from './ast.ts';
import { parseCond } from './cond-parser.ts';
import { lex, type Token } from './lexer.ts';
import { type Incomplete, MAX_NESTING, type ShellSyntaxError, syntaxError } from './syntax-error.ts';

export type ParseResult =
  | { readonly kind: 'script'; readonly script: Script }
  | Incomplete
  | ShellSyntaxError;

// Unwinds the recursive descent to `parse`, which turns it back into a value.
class Stop {
  readonly result: Incomplete | ShellSyntaxError;
  constructor(result: Incomplete | ShellSyntaxError) {
    this.result = result;
  }
}

const RESERVED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', '}', 'in', 'esac', ']]']);
const ARM_ENDS = [';;', ';&', ';;&'];
// What may follow `name()`: bash takes any compound command as a function's body.
const BODIES = new Set(['{', 'if', 'for', 'while', 'until', 'case', '[[']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Parses shell source into a script, or says it is incomplete (more lines needed) or wrong (with bash's message). */
export function parse(src: string): ParseResult {
  const lexed = lex(src);
  if (lexed.kind !== 'tokens') return lexed;
  const p = new Parser(src, lexed.tokens);
  try {
    return { kind: 'script', script: p.script([]) };
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  private readonly src: string;
  private readonly tokens: readonly Token[];

  constructor(src: string, tokens: readonly Token[]) {
    this.src = src;
    this.tokens = tokens;
  }

  private get tok(): Token {
    return this.tokens[this.i] ?? { kind: 'eof', at: this.src.length };
  }

  private unexpected(): Stop {
    const t = this.tok;
    if (t.kind === 'eof') return new Stop({ kind: 'incomplete', reason: 'command' });
    const text = t.kind === 'op' ? t.op : t.kind === 'word' ? t.raw : 'newline';
    return new Stop(syntaxError(this.src, t.at, `syntax error near unexpected token \`${text}'`));
  }

  private isWord(text: string): boolean {
    const t = this.tok;
    return t.kind === 'word' && t.raw === text;
  }

  private isOp(...ops: string[]): boolean {
    const t = this.tok;
    return t.kind === 'op' && ops.includes(t.op);
  }

  private skipNewlines(): void {
    while (this.tok.kind === 'newline') this.i++;
  }

  private expectWord(text: string): void {
    this.skipNewlines();
    if (!this.isWord(text)) throw this.unexpected();
    this.i++;
  }

  /**
   * A list of and-or items, up to the end of input or a reserved word in `until` (`)` for a subshell; `esac`
   * also stops at `;;`, `;&` and `;;&`). Only a case arm's body may be empty.
   */
  script(until: readonly string[], mayBeEmpty = false): Script {
    const items: AndOr[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.tok;
      if (t.kind === 'eof') {
        if (until.length) throw this.unexpected();
        return { items };
      }
      const closes =
        (t.kind === 'word' && until.includes(t.raw)) ||
        (t.kind === 'op' && t.op === ')' && until.includes(')')) ||
        (t.kind === 'op' && ARM_ENDS.includes(t.op) && until.includes('esac'));
      // bash refuses empty bodies: `if true; then fi`, `{ }`, `( )`.
      if (closes) {
        if (items.length === 0 && !mayBeEmpty) throw this.unexpected();
        return { items };
      }
      items.push(this.andOr());
      if (this.isOp(';', '&')) this.i++;
      else if (this.tok.kind !== 'newline' && this.tok.kind !== 'eof' && !this.isOp(')', ...ARM_ENDS))
        throw this.unexpected();
    }
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: { op: '&&' | '||'; pipeline: Pipeline }[] = [];
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'op' || (t.op !== '&&' && t.op !== '||')) return { first, rest };
      this.i++;
      this.skipNewlines();
      rest.push({ op: t.op, pipeline: this.pipeline() });
    }
  }

  private pipeline(): Pipeline {
    let negated = false;
    if (this.isWord('!')) {
      negated = true;
      this.i++;
    }
    const commands = [this.command()];
    const stderrToo: boolean[] = [];
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'op' || (t.op !== '|' && t.op !== '|&')) return { negated, commands, stderrToo };
      this.i++;
      stderrToo.push(t.op === '|&');
      this.skipNewlines();
      commands.push(this.command());
    }
  }

  private command(): Command {
    if (++this.depth > MAX_NESTING)
      throw new Stop(
        syntaxError(this.src, this.tok.at, `syntax error: commands nested over ${MAX_NESTING} deep`),
      );
    try {
      return this.compoundOrSimple();
    } finally {
      this.depth--;
    }
  }

  private compoundOrSimple(): Command {
    const t = this.tok;
    if (t.kind === 'op' && t.op === '(') {
      this.i++;
      const body = this.script([')']);
      if (!this.isOp(')')) throw this.unexpected();
      this.i++;
      return { kind: 'subshell', body, redirects: this.redirects() };
    }
    if (t.kind === 'word') {
      switch (t.raw) {
        case '{':
          return this.group();
        case 'if':
          return this.ifCommand();
        case 'for':
          return this.forCommand();
        case 'while':
        case 'until':
          return this.whileCommand(t.raw === 'until');
        case 'case':
          return this.caseCommand();
        case '[[':
          return this.condCommand();
        case 'function':
          return this.functionKeyword();
      }
      if (RESERVED.has(t.raw)) throw this.unexpected();
      const [open, close] = [this.tokens[this.i + 1], this.tokens[this.i + 2]];
      if (
        open?.kind === 'op' &&
        open.op === '(' &&
        close?.kind === 'op' &&
        close.op === ')' &&
        !asAssignment(t.word)
      ) {
        this.i += 3;
        return this.functionBody(t.raw, t.at);
      }
    }
    return this.simple();
  }

  /** `case WORD in [(]pat[|pat]…) list ;; … esac`; newlines may come before `in`, patterns and `esac`. */
  private caseCommand(): Command {
    this.i++;
    const subject = this.tok;
    if (subject.kind !== 'word') throw this.unexpected();
    this.i++;
    this.expectWord('in');
    const arms: CaseArm[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isWord('esac')) break;
      if (this.isOp('(')) this.i++;
      const patterns: Word[] = [];
      for (;;) {
        const t = this.tok;
        if (t.kind !== 'word') throw this.unexpected();
        patterns.push(t.word);
        this.i++;
        if (!this.isOp('|')) break;
        this.i++;
      }
      if (!this.isOp(')')) throw this.unexpected();
      this.i++;
      const body = this.script(['esac'], true);
      const end = this.tok;
      if (end.kind === 'op' && (end.op === ';;' || end.op === ';&' || end.op === ';;&')) {
        this.i++;
        arms.push({ patterns, body, end: end.op });
        continue;
      }
      arms.push({ patterns, body, end: ';;' });
      this.skipNewlines();
      if (!this.isWord('esac')) throw this.unexpected();
      break;
    }
    this.i++;
    return { kind: 'case', subject: subject.word, arms, redirects: this.redirects() };
  }

  /** `[[ expression ]]`. */
  private condCommand(): Command {
    this.i++;
    const expr = parseCond({
      tok: () => this.tok,
      advance: () => {
        this.i++;
      },
      error: (message) => new Stop(syntaxError(this.src, this.tok.at, message)),
      incomplete: () => new Stop({ kind: 'incomplete', reason: 'conditional' }),
    });
    this.i++;
    return { kind: 'cond', expr, redirects: this.redirects() };
  }

  /** `function name { … }` or `function name() { … }`. */
  private functionKeyword(): Command {
    const at = this.tok.at;
    this.i++;
    const name = this.tok;
    if (name.kind !== 'word') throw this.unexpected();
    this.i++;
    if (this.isOp('(')) {
      this.i++;
      if (!this.isOp(')')) throw this.unexpected();
      this.i++;
    }
    return this.functionBody(name.raw, at);
  }

  /** A function's body: any compound command, on this line or a later one. */
  private functionBody(name: string, at: number): Command {
    this.skipNewlines();
    const t = this.tok;
    if (!(t.kind === 'word' && BODIES.has(t.raw)) && !(t.kind === 'op' && t.op === '('))
      throw this.unexpected();
    const body = this.command();
    const source = this.src.slice(at, this.tok.at).trimEnd();
    return { kind: 'function', name, body, source };
  }

  private group(): Command {
    this.i++;
    const body = this.script(['}']);
    this.expectWord('}');
    return { kind: 'group', body, redirects: this.redirects() };
  }

  private ifCommand(): Command {
    const branches: { test: Script; body: Script }[] = [];
    let otherwise: Script | null = null;
    this.i++;
    for (;;) {
      const test = this.script(['then']);
      this.expectWord('then');
      branches.push({ test, body: this.script(['elif', 'else', 'fi']) });
      if (this.isWord('elif')) {
        this.i++;
        continue;
      }
      if (this.isWord('else')) {
        this.i++;
        otherwise = this.script(['fi']);
      }
      this.expectWord('fi');
      return { kind: 'if', branches, otherwise, redirects: this.redirects() };
    }
  }

  private forCommand(): Command {
    this.i++;
    const t = this.tok;
    if (t.kind !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.raw)) {
      if (t.kind === 'word')
        throw new Stop(syntaxError(this.src, t.at, `\`${t.raw}': not a valid identifier`));
      throw this.unexpected();
    }
    this.i++;
    let items: Word[] | null = null;
    this.skipNewlines();
    if (this.isWord('in')) {
      this.i++;
      items = [];
      for (let w = this.tok; w.kind === 'word'; w = this.tok) {
        items.push(w.word);
        this.i++;
      }
      if (this.isOp(';')) this.i++;
      else if (this.tok.kind !== 'newline') throw this.unexpected();
    } else if (this.isOp(';')) this.i++;
    this.expectWord('do');
    const body = this.script(['done']);
    this.expectWord('done');
    return { kind: 'for', name: t.raw, items, body, redirects: this.redirects() };
  }

  private whileCommand(until: boolean): Command {
    this.i++;
    const test = this.script(['do']);
    this.expectWord('do');
    const body = this.script(['done']);
    this.expectWord('done');
    return { kind: 'while', until, test, body, redirects: this.redirects() };
  }

  private simple(): Command {
    const at = this.tok.at;
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const t = this.tok;
      if (t.kind === 'word') {
        this.i++;
        const assignment = words.length === 0 ? asAssignment(t.word) : null;
        if (assignment) assignments.push(assignment);
        else words.push(t.word);
        continue;
      }
      const redirect = this.redirect();
      if (redirect) {
        redirects.push(redirect);
        continue;
      }
      if (!words.length && !assignments.length && !redirects.length) throw this.unexpected();
      return { kind: 'simple', assignments, words, redirects, at };
    }
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = [];
    for (let r = this.redirect(); r; r = this.redirect()) out.push(r);
    return out;
  }

  /** One redirection at the current token, or null when the token is not a redirection operator. */
  private redirect(): Redirect | null {
    const t = this.tok;
    if (
      t.kind !== 'op' ||
      !['<', '>', '>>', '>|', '<<', '<<-', '<<<', '>&', '<&', '&>', '&>>'].includes(t.op)
    )
      return null;
    this.i++;
    const target = this.tok;
    if (target.kind === 'eof')
      throw new Stop(syntaxError(this.src, target.at, "syntax error near unexpected token `newline'"));
    if (target.kind !== 'word') throw this.unexpected();
    this.i++;
    switch (t.op) {
      case '<':
        return { kind: 'file', fd: t.fd ?? 0, mode: 'read', target: target.word };
      case '>':
      case '>|':
        return { kind: 'file', fd: t.fd ?? 1, mode: 'write', target: target.word };
      case '>>':
        return { kind: 'file', fd: t.fd ?? 1, mode: 'append', target: target.word };
      case '&>':
      case '&>>':
        return { kind: 'both', append: t.op === '&>>', target: target.word };
      case '<<<':
        return { kind: 'herestring', word: target.word };
      case '<<':
      case '<<-':
        return { kind: 'heredoc', body: t.heredoc?.body ?? { parts: [], at: target.at } };
      default: {
        const fd = t.fd ?? (t.op === '<&' ? 0 : 1);
        if (/^\d+$/.test(target.raw)) return { kind: 'dup', fd, to: Number(target.raw) };
        if (t.op === '>&' && fd === 1) return { kind: 'both', append: false, target: target.word };
        throw new Stop(syntaxError(this.src, target.at, `${target.raw}: ambiguous redirect`));
      }
    }
  }
}

/** `NAME=value` when the name is written unquoted; the value keeps the rest of the word. */
function asAssignment(word: Word): Assignment | null {
  const [first, ...rest] = word.parts;
  if (first?.kind !== 'literal' || first.quoted) return null;
  const m = ASSIGNMENT.exec(first.text);
  if (!m?.[1]) return null;
  const tail = first.text.slice(m[0].length);
  const parts = tail ? [{ ...first, text: tail }, ...rest] : rest;
  return { name: m[1], value: { parts, at: word.at + m[0].length } };
}
