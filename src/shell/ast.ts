/**
 * The shell's syntax tree, as discriminated unions. A `Word` keeps its parts unexpanded:
 * expansion (parameters, command substitution, splitting, globbing) happens at run time.
 */

/** Where a node starts: an offset into the source the parser saw. */
export type Offset = number;

/**
 * Operators of `${name<op>arg}`; `length` is `${#name}`, `:` is `${name:offset:length}`, `/`… replace a pattern
 * (`${x/p/r}`, `${x//p/r}`, `${x/#p/r}`, `${x/%p/r}`), `^`… and `,`… change case.
 */
export type ParamOp =
  | ':-'
  | '-'
  | ':='
  | '='
  | ':+'
  | '+'
  | ':?'
  | '?'
  | '#'
  | '##'
  | '%'
  | '%%'
  | 'length'
  | ':'
  | '/'
  | '//'
  | '/#'
  | '/%'
  | '^'
  | '^^'
  | ','
  | ',,';

/** One piece of a word; `quoted` parts are neither split nor globbed. */
export type WordPart =
  | { readonly kind: 'literal'; readonly text: string; readonly quoted: boolean }
  | {
      readonly kind: 'param';
      readonly name: string;
      readonly op: ParamOp | null;
      readonly arg: Word | null;
      /** The length of `${x:offset:length}`, the replacement of `${x/pat/rep}`; null when not written. */
      readonly arg2?: Word | null;
      /** The subscript of `${name[index]}` (`@` and `*` for every element). */
      readonly index?: Word | null;
      readonly quoted: boolean;
    }
  /** A `${…}` bash cannot expand (`${x!}`): like bash, it fails only when expanded, with "bad substitution". */
  | { readonly kind: 'bad'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'command'; readonly source: string; readonly quoted: boolean; readonly at: Offset }
  | { readonly kind: 'arith'; readonly source: string; readonly quoted: boolean; readonly at: Offset };

/** A word as written: its parts, and the offset of its first character. */
export interface Word {
  readonly parts: readonly WordPart[];
  readonly at: Offset;
}

/** A redirection attached to a command. `fd` is the descriptor redirected (0, 1 or 2). */
export type Redirect =
  | {
      readonly kind: 'file';
      readonly fd: number;
      readonly mode: 'read' | 'write' | 'append';
      readonly target: Word;
    }
  | { readonly kind: 'dup'; readonly fd: number; readonly to: number }
  | { readonly kind: 'both'; readonly append: boolean; readonly target: Word }
  | { readonly kind: 'heredoc'; readonly body: Word }
  | { readonly kind: 'herestring'; readonly word: Word };

/** `NAME=value` before a command (or alone). */
export interface Assignment {
  readonly name: string;
  readonly value: Word;
}

/** A command: a simple command or one of the compound forms. */
export type Command =
  | {
      readonly kind: 'simple';
      readonly assignments: readonly Assignment[];
      readonly words: readonly Word[];
      readonly redirects: readonly Redirect[];
      readonly at: Offset;
    }
  | { readonly kind: 'group'; readonly body: Script; readonly redirects: readonly Redirect[] }
  | { readonly kind: 'subshell'; readonly body: Script; readonly redirects: readonly Redirect[] }
  | {
      readonly kind: 'if';
      readonly branches: readonly { readonly test: Script; readonly body: Script }[];
      readonly otherwise: Script | null;
      readonly redirects: readonly Redirect[];
    }
  | {
      readonly kind: 'for';
      readonly name: string;
      readonly items: readonly Word[] | null;
      readonly body: Script;
      readonly redirects: readonly Redirect[];
    }
  | {
      readonly kind: 'while';
      readonly until: boolean;
      readonly test: Script;
      readonly body: Script;
      readonly redirects: readonly Redirect[];
    }
  | {
      readonly kind: 'case';
      readonly subject: Word;
      readonly arms: readonly CaseArm[];
      readonly redirects: readonly Redirect[];
    }
  | { readonly kind: 'cond'; readonly expr: CondExpr; readonly redirects: readonly Redirect[] }
  /** `name() { … }` or `function name { … }`: defining the function is the command; `body` runs at each call. */
  | { readonly kind: 'function'; readonly name: string; readonly body: Command; readonly source: string };

/** `pat|pat) body ;;` of a `case`; `;&` falls through into the next body, `;;&` goes on testing patterns. */
export interface CaseArm {
  readonly patterns: readonly Word[];
  readonly body: Script;
  readonly end: ';;' | ';&' | ';;&';
}

/** The expression inside `[[ … ]]`; its words are expanded without splitting or globbing. */
export type CondExpr =
  | { readonly kind: 'unary'; readonly op: string; readonly operand: Word }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Word; readonly right: Word }
  /** A lone word: true when it expands to a non-empty string (like `-n`). */
  | { readonly kind: 'string'; readonly word: Word }
  | { readonly kind: 'not'; readonly expr: CondExpr }
  /** `a && b && c` or `a || b || c`, evaluated left to right until one decides. */
  | { readonly kind: 'logic'; readonly op: '&&' | '||'; readonly operands: readonly CondExpr[] };

/** `a | b | c`, optionally negated with `!`; `|&` also pipes stderr (`stderrToo` per link). */
export interface Pipeline {
  readonly negated: boolean;
  readonly commands: readonly Command[];
  readonly stderrToo: readonly boolean[];
}

/** `a && b || c`. */
export interface AndOr {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly pipeline: Pipeline }[];
}

/** A list of and-or items separated by `;`, `&` or newlines. */
export interface Script {
  readonly items: readonly AndOr[];
}
