import type { CompareOp, Filter, Json } from './ast.ts';

/** A parsed filter, or the part of it this simulated jq does not support. */
export type JqParse =
  | { readonly ok: true; readonly filter: Filter }
  | { readonly ok: false; readonly unsupported: string };

type Tok =
  | { t: 'punct'; v: string }
  | { t: 'ident'; v: string }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'var'; v: string };

// Unwinds the recursive descent to `parseJq`, which turns it back into a value.
class Unsupported {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

function tokenize(src: string): Tok[] {
  const re =
    /\s+|(\.\.|==|!=|<=|>=|[.[\]|,()?<>])|([A-Za-z_][A-Za-z0-9_]*)|("(?:[^"\\]|\\.)*")|(\d+(?:\.\d+)?)|\$([A-Za-z_][A-Za-z0-9_]*)|(.)/gy;
  const out: Tok[] = [];
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[1]) out.push({ t: 'punct', v: m[1] });
    else if (m[2]) out.push({ t: 'ident', v: m[2] });
    else if (m[3]) {
      if (m[3].includes('\\(')) throw new Unsupported(m[3]);
      out.push({ t: 'str', v: jsonString(m[3]) });
    } else if (m[4]) out.push({ t: 'num', v: Number(m[4]) });
    else if (m[5]) out.push({ t: 'var', v: m[5] });
    else if (m[6]) throw new Unsupported(src.slice(m.index));
    if (re.lastIndex >= src.length) break;
  }
  return out;
}

/** A string literal's value (raw control characters allowed); an invalid escape such as `\$` is not supported. */
function jsonString(literal: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping raw control characters is the point.
  const control = /[\u0000-\u001f]/g;
  const escaped = literal.replace(control, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  try {
    return JSON.parse(escaped) as string;
  } catch {
    throw new Unsupported(literal);
  }
}

/** Parses a jq filter of the supported subset. */
export function parseJq(src: string): JqParse {
  try {
    const p = new JqParser(tokenize(src), src);
    const filter = p.pipe();
    p.end();
    return { ok: true, filter };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, unsupported: src.trim() || e.text };
    throw e;
  }
}

class JqParser {
  private i = 0;
  private depth = 0;
  private readonly toks: Tok[];
  private readonly src: string;

  constructor(toks: Tok[], src: string) {
    this.toks = toks;
    this.src = src;
  }

  private peek(v: string): boolean {
    const t = this.toks[this.i];
    return t !== undefined && (t.t === 'punct' || t.t === 'ident') && t.v === v;
  }

  private take(v: string): void {
    if (!this.peek(v)) throw this.unsupported();
    this.i++;
  }

  private unsupported(): Unsupported {
    return new Unsupported(this.toks.length ? this.src.trim() : '(empty filter)');
  }

  end(): void {
    if (this.i < this.toks.length) throw this.unsupported();
  }

  pipe(): Filter {
    // Parentheses and select() recurse; stop before JavaScript's stack does.
    if (++this.depth > 200) throw new Unsupported('nesting deeper than 200');
    const filter = this.pipeline();
    this.depth--;
    return filter;
  }

  private pipeline(): Filter {
    let left = this.comma();
    while (this.peek('|')) {
      this.i++;
      left = { kind: 'pipe', left, right: this.comma() };
    }
    return left;
  }

  private comma(): Filter {
    let left = this.logic();
    while (this.peek(',')) {
      this.i++;
      left = { kind: 'comma', left, right: this.logic() };
    }
    return left;
  }

  private logic(): Filter {
    let left = this.compare();
    while (this.peek('and') || this.peek('or')) {
      const op = this.peek('and') ? 'and' : 'or';
      this.i++;
      left = { kind: 'logic', op, left, right: this.compare() };
    }
    return left;
  }

  private compare(): Filter {
    const left = this.postfix();
    for (const op of ['==', '!=', '<=', '>=', '<', '>'] as CompareOp[]) {
      if (this.peek(op)) {
        this.i++;
        return { kind: 'compare', op, left, right: this.postfix() };
      }
    }
    return left;
  }

  private postfix(): Filter {
    let f = this.primary();
    for (;;) {
      if (this.peek('.') && this.toks[this.i + 1]?.t === 'ident') {
        this.i++;
        f = { kind: 'field', target: f, name: (this.toks[this.i++] as { v: string }).v, optional: false };
      } else if (this.peek('.') && this.toks[this.i + 1]?.t === 'str') {
        this.i++;
        f = { kind: 'field', target: f, name: (this.toks[this.i++] as { v: string }).v, optional: false };
      } else if (this.peek('[') || (this.peek('.') && this.toks[this.i + 1]?.v === '[')) {
        if (this.peek('.')) this.i++;
        f = this.bracket(f);
      } else if (this.peek('?')) {
        this.i++;
        if (f.kind === 'field' || f.kind === 'index' || f.kind === 'iterate') f = { ...f, optional: true };
      } else return f;
    }
  }

  private bracket(target: Filter): Filter {
    this.take('[');
    const t = this.toks[this.i];
    if (this.peek(']')) {
      this.i++;
      return { kind: 'iterate', target, optional: false };
    }
    this.i++;
    this.take(']');
    if (t?.t === 'num' && Number.isInteger(t.v))
      return { kind: 'index', target, index: t.v, optional: false };
    if (t?.t === 'punct' && t.v === '-') throw this.unsupported();
    if (t?.t === 'str') return { kind: 'field', target, name: t.v, optional: false };
    throw this.unsupported();
  }

  private primary(): Filter {
    const t = this.toks[this.i];
    if (!t) throw this.unsupported();
    this.i++;
    if (t.t === 'punct' && t.v === '.') {
      const next = this.toks[this.i];
      if (next?.t === 'ident' || next?.t === 'str') {
        this.i++;
        return { kind: 'field', target: { kind: 'identity' }, name: next.v, optional: false };
      }
      return { kind: 'identity' };
    }
    if (t.t === 'punct' && t.v === '(') {
      const inner = this.pipe();
      this.take(')');
      return inner;
    }
    if (t.t === 'str') return { kind: 'literal', value: t.v };
    if (t.t === 'num') return { kind: 'literal', value: t.v };
    if (t.t === 'var') return { kind: 'variable', name: t.v };
    if (t.t === 'ident') {
      const literals: Record<string, Json> = { true: true, false: false, null: null };
      if (t.v in literals) return { kind: 'literal', value: literals[t.v] ?? null };
      if (t.v === 'keys' || t.v === 'length' || t.v === 'not') return { kind: 'builtin', name: t.v };
      if (t.v === 'select') {
        this.take('(');
        const condition = this.pipe();
        this.take(')');
        return { kind: 'select', condition };
      }
    }
    throw this.unsupported();
  }
}
