// Port of jmespath.py 1.0.1's Pratt parser (jmespath/parser.py, MIT, James Saryerwinnie),
// reduced to what decides whether an expression compiles and, if not, the exact message.
// Evaluation is left to the `jmespath` npm package.
import { pyStr } from '../python.ts';
import { incompleteError, parseError, type QueryError } from './errors.ts';
import { type Token, type TokenType, tokenize } from './lexer.ts';

/** Only the node kinds the grammar looks back at. */
type Node = 'field' | 'slice' | 'index' | 'index_expression' | 'other';

const BINDING_POWER: Record<TokenType, number> = {
  eof: 0,
  unquoted_identifier: 0,
  quoted_identifier: 0,
  literal: 0,
  rbracket: 0,
  rparen: 0,
  comma: 0,
  rbrace: 0,
  number: 0,
  current: 0,
  expref: 0,
  colon: 0,
  pipe: 1,
  or: 2,
  and: 3,
  eq: 5,
  gt: 5,
  lt: 5,
  gte: 5,
  lte: 5,
  ne: 5,
  flatten: 9,
  star: 20,
  filter: 21,
  dot: 40,
  not: 45,
  lbrace: 50,
  lbracket: 55,
  lparen: 60,
};

/** Tokens with a binding power below this end a projection. */
const PROJECTION_STOP = 10;

/** Throw a `QueryError` carrying jmespath.py's message if `expression` does not compile. */
export function checkQuery(expression: string): void {
  new Parser(tokenize(expression), expression).parse();
}

class Parser {
  private index = 0;
  private readonly tokens: Token[];
  private readonly expression: string;

  constructor(tokens: Token[], expression: string) {
    this.tokens = tokens;
    this.expression = expression;
  }

  parse(): void {
    this.parseExpression(0);
    if (this.current() !== 'eof') {
      const t = this.token(0);
      throw this.error(t, `Unexpected token: ${pyStr(t.value)}`);
    }
  }

  private token(offset: number): Token {
    const token = this.tokens[this.index + offset];
    if (token === undefined) throw new Error('jmespath parser read past the end of its tokens');
    return token;
  }

  private current(): TokenType {
    return this.token(0).type;
  }

  private advance(): void {
    this.index++;
  }

  private error(token: Token, message: string, position = token.start): QueryError {
    return parseError(message, position, token.value, token.type, this.expression);
  }

  private parseExpression(bindingPower: number): Node {
    const left = this.token(0);
    this.advance();
    let node = this.nud(left);
    while (bindingPower < BINDING_POWER[this.current()]) {
      const token = this.token(0);
      if (!LED_TOKENS.has(token.type)) throw this.error(token, 'invalid token');
      this.advance();
      node = this.led(token.type, node);
    }
    return node;
  }

  private nud(token: Token): Node {
    switch (token.type) {
      case 'literal':
      case 'current':
        return 'other';
      case 'unquoted_identifier':
        return 'field';
      case 'quoted_identifier':
        if (this.current() === 'lparen') {
          throw this.error(this.token(0), 'Quoted identifier not allowed for function names.', 0);
        }
        return 'field';
      case 'star':
        if (this.current() !== 'rbracket') this.projectionRhs(BINDING_POWER.star);
        return 'other';
      case 'filter':
        return this.led('filter', 'other');
      case 'lbrace':
        this.multiSelectHash();
        return 'other';
      case 'lparen': {
        const inner = this.parseExpression(0);
        this.match('rparen');
        return inner;
      }
      case 'flatten':
        this.projectionRhs(BINDING_POWER.flatten);
        return 'other';
      case 'not':
        this.parseExpression(BINDING_POWER.not);
        return 'other';
      case 'lbracket':
        if (this.current() === 'number' || this.current() === 'colon') {
          return this.projectIfSlice('other', this.indexExpression());
        }
        if (this.current() === 'star' && this.token(1).type === 'rbracket') {
          this.advance();
          this.advance();
          this.projectionRhs(BINDING_POWER.star);
          return 'other';
        }
        this.multiSelectList();
        return 'other';
      case 'expref':
        this.parseExpression(BINDING_POWER.expref);
        return 'other';
      case 'eof':
        throw incompleteError(this.expression);
      default:
        throw this.error(token, 'invalid token');
    }
  }

  private led(type: TokenType, left: Node): Node {
    switch (type) {
      case 'dot':
        if (this.current() !== 'star') {
          this.dotRhs(BINDING_POWER.dot);
          return 'other';
        }
        this.advance();
        this.projectionRhs(BINDING_POWER.dot);
        return 'other';
      case 'pipe':
      case 'or':
      case 'and':
      case 'eq':
      case 'ne':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        this.parseExpression(BINDING_POWER[type]);
        return 'other';
      case 'lparen':
        return this.functionCall(left);
      case 'filter':
        this.parseExpression(0);
        this.match('rbracket');
        if (this.current() !== 'flatten') this.projectionRhs(BINDING_POWER.filter);
        return 'other';
      case 'flatten':
        this.projectionRhs(BINDING_POWER.flatten);
        return 'other';
      case 'lbracket': {
        const next = this.current();
        if (next === 'number' || next === 'colon') {
          const right = this.indexExpression();
          return left === 'index_expression' ? left : this.projectIfSlice(left, right);
        }
        this.match('star');
        this.match('rbracket');
        this.projectionRhs(BINDING_POWER.star);
        return 'other';
      }
      default:
        throw new Error(`jmespath parser has no led for ${type}`);
    }
  }

  private functionCall(left: Node): Node {
    if (left !== 'field') {
      // The token before `(` is the would-be function name.
      const name = this.token(-2);
      throw this.error(name, `Invalid function name '${pyStr(name.value)}'`);
    }
    while (this.current() !== 'rparen') {
      this.parseExpression(0);
      if (this.current() === 'comma') this.match('comma');
    }
    this.match('rparen');
    return 'other';
  }

  private indexExpression(): Node {
    if (this.current() === 'colon' || this.token(1).type === 'colon') return this.sliceExpression();
    this.advance();
    this.match('rbracket');
    return 'index';
  }

  private sliceExpression(): Node {
    let part = 0;
    while (this.current() !== 'rbracket' && part < 3) {
      if (this.current() === 'colon') {
        part++;
        if (part === 3) throw this.error(this.token(0), 'syntax error');
        this.advance();
      } else if (this.current() === 'number') {
        this.advance();
      } else {
        throw this.error(this.token(0), 'syntax error');
      }
    }
    this.match('rbracket');
    return 'slice';
  }

  private projectIfSlice(_left: Node, right: Node): Node {
    if (right !== 'slice') return 'index_expression';
    this.projectionRhs(BINDING_POWER.star);
    return 'other';
  }

  private multiSelectList(): void {
    for (;;) {
      this.parseExpression(0);
      if (this.current() === 'rbracket') break;
      this.match('comma');
    }
    this.match('rbracket');
  }

  private multiSelectHash(): void {
    for (;;) {
      this.matchOneOf(['quoted_identifier', 'unquoted_identifier']);
      this.match('colon');
      this.parseExpression(0);
      // jmespath.py loops on without a comma too: `{a: b c: d}` compiles.
      if (this.current() === 'comma') this.match('comma');
      else if (this.current() === 'rbrace') {
        this.match('rbrace');
        return;
      }
    }
  }

  private projectionRhs(bindingPower: number): void {
    const next = this.current();
    if (BINDING_POWER[next] < PROJECTION_STOP) return;
    if (next === 'lbracket' || next === 'filter') this.parseExpression(bindingPower);
    else if (next === 'dot') {
      this.match('dot');
      this.dotRhs(bindingPower);
    } else throw this.error(this.token(0), 'syntax error');
  }

  private dotRhs(bindingPower: number): void {
    const next = this.current();
    if (next === 'quoted_identifier' || next === 'unquoted_identifier' || next === 'star') {
      this.parseExpression(bindingPower);
    } else if (next === 'lbracket') {
      this.match('lbracket');
      this.multiSelectList();
    } else if (next === 'lbrace') {
      this.match('lbrace');
      this.multiSelectHash();
    } else {
      const allowed = "['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace']";
      throw this.error(this.token(0), `Expecting: ${allowed}, got: ${next}`);
    }
  }

  private match(type: TokenType): void {
    if (this.current() === type) this.advance();
    else this.unexpected(type);
  }

  private matchOneOf(types: TokenType[]): void {
    if (!types.includes(this.current())) this.unexpected(`[${types.map((t) => `'${t}'`).join(', ')}]`);
    this.advance();
  }

  private unexpected(expected: string): never {
    const token = this.token(0);
    if (token.type === 'eof') throw incompleteError(this.expression);
    throw this.error(token, `Expecting: ${expected}, got: ${token.type}`);
  }
}

const LED_TOKENS = new Set<TokenType>([
  'dot',
  'pipe',
  'or',
  'and',
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'lparen',
  'filter',
  'flatten',
  'lbracket',
]);
