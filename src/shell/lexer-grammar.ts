import type { Operator } from './lexer.ts';

/** Where the lexer is inside an open `case`: before its word, before `in`, among patterns, or in an arm's body. */
type CasePhase = 'subject' | 'in' | 'patterns' | 'body';

// Reserved words after which a command may start (`then [[ … ]]`, `do case … esac`).
const OPENERS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '{', '!', 'time']);
const REDIRECTIONS = new Set<Operator>(['<', '>', '>>', '>|', '<<', '<<-', '<<<', '>&', '<&', '&>', '&>>']);
const ARM_ENDS = new Set<Operator>([';;', ';&', ';;&']);

/**
 * The little of the grammar the lexer must track, because it changes how characters read: a `)` that closes a
 * `case` pattern does not close `$( … )`, and inside `[[ … ]]` the word after `=~` is a regular expression
 * whose `(`, `)` and `|` are part of the word.
 */
export class LexerGrammar {
  private commandStart = true;
  private inCond = false;
  private regex = false;
  private functionName = false;
  private readonly cases: CasePhase[] = [];

  /** Inside `[[ … ]]`: `<` and `>` compare strings, so no here-documents or io numbers. */
  get cond(): boolean {
    return this.inCond;
  }

  /** The next word is the right side of `=~`. */
  get regexNext(): boolean {
    return this.regex;
  }

  /** `(` and `)` are a case pattern's punctuation, not grouping. */
  get inPatterns(): boolean {
    return this.cases[this.cases.length - 1] === 'patterns';
  }

  word(raw: string): void {
    this.regex = false;
    const phase = this.cases[this.cases.length - 1];
    if (this.inCond) {
      if (raw === ']]') this.inCond = false;
      else this.regex = raw === '=~';
      this.commandStart = false;
      return;
    }
    if (this.functionName) {
      // `function name { … }`: the body after the name starts a command.
      this.functionName = false;
      this.commandStart = true;
      return;
    }
    if (phase === 'subject') this.setPhase('in');
    else if (phase === 'in') {
      if (raw === 'in') this.setPhase('patterns');
    } else if (phase === 'patterns') {
      if (raw === 'esac') this.cases.pop();
    } else if (this.commandStart) {
      if (raw === 'case') this.cases.push('subject');
      else if (raw === '[[') this.inCond = true;
      else if (raw === 'esac' && phase === 'body') this.cases.pop();
      else if (raw === 'function') this.functionName = true;
      this.commandStart = OPENERS.has(raw);
      return;
    }
    this.commandStart = false;
  }

  op(op: Operator): void {
    this.regex = false;
    if (this.inCond) return;
    if (this.inPatterns) {
      if (op === ')') {
        this.setPhase('body');
        this.commandStart = true;
      }
      return;
    }
    if (ARM_ENDS.has(op) && this.cases[this.cases.length - 1] === 'body') this.setPhase('patterns');
    this.commandStart = !REDIRECTIONS.has(op);
  }

  newline(): void {
    if (!this.inCond) this.commandStart = true;
  }

  private setPhase(phase: CasePhase): void {
    this.cases[this.cases.length - 1] = phase;
  }
}
