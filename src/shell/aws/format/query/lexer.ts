// Port of jmespath.py 1.0.1's lexer (jmespath/lexer.py, MIT, James Saryerwinnie), the one
// aws-cli v2 compiles `--query` with; kept to reproduce its error messages exactly.
import { parsePyJson } from '../../params/py-json.ts';
import type { Json } from '../python.ts';
import { QueryError } from './errors.ts';

export type TokenType =
  | 'dot'
  | 'star'
  | 'rbracket'
  | 'comma'
  | 'colon'
  | 'current'
  | 'lparen'
  | 'rparen'
  | 'lbrace'
  | 'rbrace'
  | 'unquoted_identifier'
  | 'quoted_identifier'
  | 'flatten'
  | 'filter'
  | 'lbracket'
  | 'literal'
  | 'or'
  | 'pipe'
  | 'and'
  | 'expref'
  | 'number'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'eq'
  | 'ne'
  | 'not'
  | 'eof';

/** A token; `value` is what Python holds (an int for numbers, parsed JSON for literals). */
export type Token = { type: TokenType; value: Json; start: number };

const SIMPLE: Record<string, TokenType> = {
  '.': 'dot',
  '*': 'star',
  ']': 'rbracket',
  ',': 'comma',
  ':': 'colon',
  '@': 'current',
  '(': 'lparen',
  ')': 'rparen',
  '{': 'lbrace',
  '}': 'rbrace',
};

const isStartIdentifier = (ch: string) => /^[A-Za-z_]$/.test(ch);
const isIdentifier = (ch: string | undefined) => ch !== undefined && /^[A-Za-z0-9_]$/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && /^[0-9]$/.test(ch);

/** Split an expression into tokens, ending with `eof`; positions count code points. */
export function tokenize(expression: string): Token[] {
  if (expression === '') throw new QueryError('Invalid JMESPath expression: cannot be empty.');
  const chars = [...expression];
  const tokens: Token[] = [];
  let pos = 0;
  const lexerError = (position: number, message: string) =>
    new QueryError(`Bad jmespath expression: ${message}:\n${expression}\n${' '.repeat(position)}^`);

  // Consume from the opening delimiter to the closing one; a backslash keeps the next char.
  const consumeUntil = (delimiter: string): string => {
    const start = pos;
    let buff = '';
    pos++;
    while (chars[pos] !== delimiter) {
      if (chars[pos] === '\\') {
        buff += '\\';
        pos++;
      }
      const ch = chars[pos];
      if (ch === undefined) throw lexerError(start, `Unclosed ${delimiter} delimiter`);
      buff += ch;
      pos++;
    }
    pos++;
    return buff;
  };

  const matchOrElse = (expected: string, matchType: TokenType, elseType: TokenType): Token => {
    const start = pos;
    const current = chars[pos] ?? '';
    pos++;
    if (chars[pos] === expected) {
      pos++;
      return { type: matchType, value: current + expected, start };
    }
    return { type: elseType, value: current, start };
  };

  while (pos < chars.length) {
    const ch = chars[pos] ?? '';
    const start = pos;
    const simple = SIMPLE[ch];
    if (simple !== undefined) {
      tokens.push({ type: simple, value: ch, start });
      pos++;
    } else if (isStartIdentifier(ch)) {
      let buff = ch;
      while (isIdentifier(chars[++pos])) buff += chars[pos];
      tokens.push({ type: 'unquoted_identifier', value: buff, start });
    } else if (' \t\n\r'.includes(ch)) {
      pos++;
    } else if (ch === '[') {
      const next = chars[++pos];
      if (next === ']' || next === '?') {
        pos++;
        tokens.push(
          next === ']' ? { type: 'flatten', value: '[]', start } : { type: 'filter', value: '[?', start },
        );
      } else tokens.push({ type: 'lbracket', value: '[', start });
    } else if (ch === "'") {
      tokens.push({ type: 'literal', value: consumeUntil("'").replaceAll("\\'", "'"), start });
    } else if (ch === '|') {
      tokens.push(matchOrElse('|', 'or', 'pipe'));
    } else if (ch === '&') {
      tokens.push(matchOrElse('&', 'and', 'expref'));
    } else if (ch === '`') {
      const lexeme = consumeUntil('`').replaceAll('\\`', '`');
      tokens.push({
        type: 'literal',
        value: parseLiteral(lexeme, () => lexerError(start, `Bad token ${lexeme}`)),
        start,
      });
    } else if (isDigit(ch) || ch === '-') {
      let buff = ch;
      while (isDigit(chars[++pos])) buff += chars[pos];
      if (buff === '-') throw lexerError(start, "Unknown token '-'");
      tokens.push({ type: 'number', value: Number.parseInt(buff, 10), start });
    } else if (ch === '"') {
      const identifier = loads(`"${consumeUntil('"')}"`);
      // jmespath.py keeps json's message up to its first colon.
      if (!identifier.ok) throw lexerError(start, identifier.message.split(':')[0] ?? '');
      tokens.push({ type: 'quoted_identifier', value: identifier.value, start });
    } else if (ch === '<') {
      tokens.push(matchOrElse('=', 'lte', 'lt'));
    } else if (ch === '>') {
      tokens.push(matchOrElse('=', 'gte', 'gt'));
    } else if (ch === '!') {
      tokens.push(matchOrElse('=', 'ne', 'not'));
    } else if (ch === '=') {
      if (chars[pos + 1] === '=') {
        tokens.push({ type: 'eq', value: '==', start });
        pos += 2;
      } else throw lexerError(start, "Unknown token '='");
    } else {
      throw lexerError(start, `Unknown token ${ch}`);
    }
  }
  tokens.push({ type: 'eof', value: '', start: chars.length });
  return tokens;
}

/** A backtick literal: JSON as Python loads it, or (deprecated) the text as a JSON string. */
function parseLiteral(lexeme: string, fail: () => QueryError): Json {
  const json = loads(lexeme);
  if (json.ok) return json.value;
  const text = loads(`"${lexeme.trimStart()}"`);
  if (text.ok) return text.value;
  throw fail();
}

/** Python's `json.loads`: plain dicts, and a float stays a float (`1.0`). */
function loads(text: string): { ok: true; value: Json } | { ok: false; message: string } {
  const result = parsePyJson(text, false);
  return result.ok ? { ok: true, value: result.value as Json } : result;
}
