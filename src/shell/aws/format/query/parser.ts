// Port of jmespath.py 1.0.1's Pratt parser (jmespath/parser.py, MIT, James Saryerwinnie):
// the same tree, and for an expression that does not compile, the same message.
import { pyStr } from '../python.ts';
import type { Node } from './ast.ts';
import { incompleteError, parseError, type QueryError } from './errors.ts';
import { type Token, type TokenType, tokenize } from './lexer.ts';

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

/** Compile an expression, or throw a `QueryError` carrying jmespath.py's message. */
export function compileQuery(expression: string): Node {
  return new Parser(tokenize(expression), expression).parse();
}

const CURRENT: Node = { kind: 'current' };

class Parser {
  private index = 0;
  private readonly tokens: Token[];
  private readonly expression: string;

  constructor(tokens: Token[], expression: string) {
    this.tokens = tokens;
    this.expression = expression;
  }

  parse(): Node {
    const node = this.parseExpression(0);
    if (this.current() !== 'eof') {
      const t = this.token(0);
      throw this.error(t, `Unexpected token: ${pyStr(t.value)}`);
    }
    return node;
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
        return { kind: 'literal', value: token.value };
      case 'current':
        return CURRENT;
      case 'unquoted_identifier':
        return { kind: 'field', name: String(token.value) };
      case 'quoted_identifier':
        if (this.current() === 'lparen') {
          throw this.error(this.token(0), 'Quoted identifier not allowed for function names.', 0);
        }
        return { kind: 'field', name: String(token.value) };
      case 'star': {
        // Right before `]` (`[a, *]`) there is nothing more to project.
        const right = this.current() === 'rbracket' ? CURRENT : this.projectionRhs(BINDING_POWER.star);
        return { kind: 'valueProjection', left: CURRENT, right };
      }
      case 'filter':
        return this.led('filter', CURRENT);
      case 'lbrace':
        return this.multiSelectHash();
      case 'lparen': {
        const inner = this.parseExpression(0);
        this.match('rparen');
        return inner;
      }
      case 'flatten':
        return this.led('flatten', CURRENT);
      case 'not':
        return { kind: 'not', child: this.parseExpression(BINDING_POWER.not) };
      case 'lbracket':
        if (this.current() === 'number' || this.current() === 'colon') {
          return this.projectIfSlice(CURRENT, this.indexExpression());
        }
        if (this.current() === 'star' && this.token(1).type === 'rbracket') {
          this.advance();
          this.advance();
          return { kind: 'projection', left: CURRENT, right: this.projectionRhs(BINDING_POWER.star) };
        }
        return this.multiSelectList();
      case 'expref':
        return { kind: 'expref', child: this.parseExpression(BINDING_POWER.expref) };
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
          return { kind: 'subexpression', left, right: this.dotRhs(BINDING_POWER.dot) };
        }
        this.advance();
        return { kind: 'valueProjection', left, right: this.projectionRhs(BINDING_POWER.dot) };
      case 'pipe':
      case 'or':
      case 'and':
        return { kind: type, left, right: this.parseExpression(BINDING_POWER[type]) };
      case 'eq':
      case 'ne':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        return { kind: 'comparator', op: type, left, right: this.parseExpression(BINDING_POWER[type]) };
      case 'lparen':
        return this.functionCall(left);
      case 'filter': {
        const condition = this.parseExpression(0);
        this.match('rbracket');
        const right = this.current() === 'flatten' ? CURRENT : this.projectionRhs(BINDING_POWER.filter);
        return { kind: 'filterProjection', left, right, condition };
      }
      case 'flatten':
        return {
          kind: 'projection',
          left: { kind: 'flatten', child: left },
          right: this.projectionRhs(BINDING_POWER.flatten),
        };
      case 'lbracket': {
        const next = this.current();
        if (next === 'number' || next === 'colon') {
          const right = this.indexExpression();
          // jmespath.py appends to an index expression, so `a[0][1:]` does not project.
          if (left.kind === 'indexExpression') return { ...left, children: [...left.children, right] };
          return this.projectIfSlice(left, right);
        }
        this.match('star');
        this.match('rbracket');
        return { kind: 'projection', left, right: this.projectionRhs(BINDING_POWER.star) };
      }
      default:
        throw new Error(`jmespath parser has no led for ${type}`);
    }
  }

  private functionCall(left: Node): Node {
    if (left.kind !== 'field') {
      // The token before `(` is the would-be function name.
      const name = this.token(-2);
      throw this.error(name, `Invalid function name '${pyStr(name.value)}'`);
    }
    const args: Node[] = [];
    while (this.current() !== 'rparen') {
      args.push(this.parseExpression(0));
      if (this.current() === 'comma') this.match('comma');
    }
    this.match('rparen');
    return { kind: 'function', name: left.name, args };
  }

  private indexExpression(): Node {
    if (this.current() === 'colon' || this.token(1).type === 'colon') return this.sliceExpression();
    const index = Number(this.token(0).value);
    this.advance();
    this.match('rbracket');
    return { kind: 'index', index };
  }

  private sliceExpression(): Node {
    const parts: (number | null)[] = [null, null, null];
    let part = 0;
    while (this.current() !== 'rbracket' && part < 3) {
      if (this.current() === 'colon') {
        part++;
        if (part === 3) throw this.error(this.token(0), 'syntax error');
        this.advance();
      } else if (this.current() === 'number') {
        parts[part] = Number(this.token(0).value);
        this.advance();
      } else {
        throw this.error(this.token(0), 'syntax error');
      }
    }
    this.match('rbracket');
    const [start = null, stop = null, step = null] = parts;
    return { kind: 'slice', start, stop, step };
  }

  private projectIfSlice(left: Node, right: Node): Node {
    const indexed: Node = { kind: 'indexExpression', children: [left, right] };
    if (right.kind !== 'slice') return indexed;
    return { kind: 'projection', left: indexed, right: this.projectionRhs(BINDING_POWER.star) };
  }

  private multiSelectList(): Node {
    const items: Node[] = [];
    for (;;) {
      items.push(this.parseExpression(0));
      if (this.current() === 'rbracket') break;
      this.match('comma');
    }
    this.match('rbracket');
    return { kind: 'multiSelectList', items };
  }

  private multiSelectHash(): Node {
    const pairs: { key: string; value: Node }[] = [];
    for (;;) {
      const key = String(this.token(0).value);
      this.matchOneOf(['quoted_identifier', 'unquoted_identifier']);
      this.match('colon');
      pairs.push({ key, value: this.parseExpression(0) });
      // jmespath.py loops on without a comma too: `{a: b c: d}` compiles.
      if (this.current() === 'comma') this.match('comma');
      else if (this.current() === 'rbrace') {
        this.match('rbrace');
        return { kind: 'multiSelectDict', pairs };
      }
    }
  }

  private projectionRhs(bindingPower: number): Node {
    const next = this.current();
    if (BINDING_POWER[next] < PROJECTION_STOP) return CURRENT;
    if (next === 'lbracket' || next === 'filter') return this.parseExpression(bindingPower);
    if (next === 'dot') {
      this.match('dot');
      return this.dotRhs(bindingPower);
    }
    throw this.error(this.token(0), 'syntax error');
  }

  private dotRhs(bindingPower: number): Node {
    const next = this.current();
    if (next === 'quoted_identifier' || next === 'unquoted_identifier' || next === 'star') {
      return this.parseExpression(bindingPower);
    }
    if (next === 'lbracket') {
      this.match('lbracket');
      return this.multiSelectList();
    }
    if (next === 'lbrace') {
      this.match('lbrace');
      return this.multiSelectHash();
    }
    const allowed = "['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace']";
    throw this.error(this.token(0), `Expecting: ${allowed}, got: ${next}`);
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
