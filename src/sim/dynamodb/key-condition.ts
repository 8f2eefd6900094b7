import type { AwsError } from '../aws-error.ts';
import { ddbErrors } from './errors.ts';
import type { AttributeValue } from './state.ts';

/** One comparison of a key condition: `name op value` (BETWEEN has two values, begins_with one). */
export interface KeyComparison {
  readonly name: string;
  readonly op: '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'begins_with';
  readonly values: readonly AttributeValue[];
}

type Lookup = {
  readonly names: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, unknown>>;
};

const TOKEN = /\s*(<=|>=|=|<|>|\(|\)|,|[#:]?[A-Za-z0-9_.-]+)/y;

/**
 * Parses the KeyConditionExpression forms the lessons use: `pk = :v`, optionally `AND` one sort-key comparison
 * (`=`, `<`, `<=`, `>`, `>=`, `BETWEEN :a AND :b`, `begins_with(sk, :p)`); `#n` and `:v` resolve through
 * ExpressionAttributeNames and ExpressionAttributeValues.
 */
export function parseKeyCondition(text: string, lookup: Lookup): KeyComparison[] | AwsError {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m?.[1]) {
      if (text.slice(at).trim() === '') break;
      return ddbErrors.badKeyCondition(
        `Syntax error; token: "${text.slice(at).trim()[0]}", near: "${text.slice(at).trim()}"`,
      );
    }
    tokens.push(m[1]);
  }
  const out: KeyComparison[] = [];
  let i = 0;
  const next = () => tokens[i++] ?? '';
  const name = (token: string): string | AwsError => {
    if (!token.startsWith('#')) return token;
    return lookup.names[token] ?? ddbErrors.undefinedName(token);
  };
  const value = (token: string): AttributeValue | AwsError => {
    if (!token.startsWith(':')) return ddbErrors.badKeyCondition(`Syntax error; token: "${token}"`);
    const v = lookup.values[token];
    return v === undefined ? ddbErrors.undefinedValue(token) : (v as AttributeValue);
  };
  while (i < tokens.length) {
    const first = next();
    if (first.toLowerCase() === 'begins_with') {
      if (next() !== '(') return ddbErrors.badKeyCondition('Syntax error; token: "begins_with"');
      const n = name(next());
      const comma = next();
      const v = value(next());
      if (typeof n !== 'string') return n;
      if ('kind' in v) return v as AwsError;
      if (comma !== ',' || next() !== ')')
        return ddbErrors.badKeyCondition('Syntax error; token: "begins_with"');
      out.push({ name: n, op: 'begins_with', values: [v] });
    } else {
      const n = name(first);
      if (typeof n !== 'string') return n;
      const op = next();
      if (op.toUpperCase() === 'BETWEEN') {
        const low = value(next());
        const and = next();
        const high = value(next());
        if ('kind' in low) return low as AwsError;
        if ('kind' in high) return high as AwsError;
        if (and.toUpperCase() !== 'AND') return ddbErrors.badKeyCondition(`Syntax error; token: "${and}"`);
        out.push({ name: n, op: 'BETWEEN', values: [low, high] });
      } else if (op === '=' || op === '<' || op === '<=' || op === '>' || op === '>=') {
        const v = value(next());
        if ('kind' in v) return v as AwsError;
        out.push({ name: n, op, values: [v] });
      } else {
        return ddbErrors.badKeyCondition(`Syntax error; token: "${op || '<EOF>'}"`);
      }
    }
    if (i < tokens.length && next().toUpperCase() !== 'AND')
      return ddbErrors.badKeyCondition(`Syntax error; token: "${tokens[i - 1]}"`);
  }
  return out;
}
