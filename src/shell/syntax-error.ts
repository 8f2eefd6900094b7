/** A syntax error as a value: bash's message, and where in the input it was found (1-based line and column). */
export interface ShellSyntaxError {
  readonly kind: 'syntax-error';
  /** The message as bash prints it after `bash: `, e.g. ``syntax error near unexpected token `|'``. */
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Why the input so far cannot run yet: the shell must read another line. */
export type Incomplete =
  | { readonly kind: 'incomplete'; readonly reason: 'quote'; readonly char: string }
  | {
      readonly kind: 'incomplete';
      readonly reason: 'heredoc';
      readonly delimiter: string;
      readonly line: number;
    }
  | { readonly kind: 'incomplete'; readonly reason: 'continuation' }
  | { readonly kind: 'incomplete'; readonly reason: 'command' }
  /** Inside `[[ … ]]`, after `[[`, `&&`, `||`, `!` or `(`. */
  | { readonly kind: 'incomplete'; readonly reason: 'conditional' };

/** How deep `( … )`, `{ … }`, `if`, loops and `$( … )` may nest before the parser gives up (bash would crash). */
export const MAX_NESTING = 200;

/** Turns an offset into a 1-based line and column of `source`. */
export function locate(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Builds a syntax error at `offset` of `source`. */
export function syntaxError(source: string, offset: number, message: string): ShellSyntaxError {
  return { kind: 'syntax-error', message, ...locate(source, offset) };
}

/** What bash prints when input ends while still incomplete (a script's end, not a terminal's next line). */
export function endOfInputMessage(incomplete: Incomplete): string {
  switch (incomplete.reason) {
    case 'quote':
      return `unexpected EOF while looking for matching \`${incomplete.char}'`;
    case 'heredoc':
      return `warning: here-document at line ${incomplete.line} delimited by end-of-file (wanted \`${incomplete.delimiter}')`;
    case 'conditional':
      return "unexpected token `EOF' in conditional command";
    default:
      return 'syntax error: unexpected end of file';
  }
}
