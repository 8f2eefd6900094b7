// What jmespath.py's values are and how Python compares them (jmespath/visitor.py, functions.py).
import { compareCodePoints, isObject, isPyInt, type Json, PyFloat, PyObject, pyTypeName } from '../python.ts';
import type { Comparator } from './ast.ts';
import { QueryError } from './errors.ts';

/** An evaluated `&expression`: jmespath.py's `_Expression`, which only functions can use. */
export class Expref extends PyObject {
  readonly apply: (value: Json) => Json;
  constructor(apply: (value: Json) => Json) {
    // Python prints its address, which changes on every run.
    super('_Expression', '<jmespath.visitor._Expression object at 0x7f3a5c1d2e90>');
    this.apply = apply;
  }
}

export type PyNumber = number | PyFloat;

/** An int or a float, not a bool (jmespath.py's `_is_actual_number`). */
export function isNumber(value: Json): value is PyNumber {
  return typeof value === 'number' || value instanceof PyFloat;
}

export function numberOf(value: PyNumber): number {
  return value instanceof PyFloat ? value.value : value;
}

export function isFloat(value: PyNumber): boolean {
  return value instanceof PyFloat || !isPyInt(value);
}

/** A result that Python computes as a float (`float`) or an int. */
export function pyNumber(x: number, float: boolean): PyNumber {
  return float && isPyInt(x) ? new PyFloat(x) : x;
}

/** jmespath's false: null, false, and empty strings, lists and objects (0 is true). */
export function isFalse(value: Json): boolean {
  if (value === null || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/** Python's `==`: True == 1 == 1.0, containers item by item, exprefs by identity. */
export function pyEquals(a: Json, b: Json): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined || y !== undefined) return x === y;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => pyEquals(item, b[i] ?? null));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && pyEquals(a[key] ?? null, b[key] ?? null));
  }
  return a === b;
}

function numeric(value: Json): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return isNumber(value) ? numberOf(value) : undefined;
}

/** jmespath's `==`: Python's, except that a bool never equals a number at the top. */
export function jmespathEquals(a: Json, b: Json): boolean {
  if ((typeof a === 'boolean' && isNumber(b)) || (typeof b === 'boolean' && isNumber(a))) return false;
  return pyEquals(a, b);
}

const SYMBOLS: Record<Exclude<Comparator, 'eq' | 'ne'>, string> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * Python's `a < b` (and `<=`, `>`, `>=`) for numbers and strings, strings by code point.
 * A number against a string is Python's TypeError, which the CLI prints.
 */
export function pyOrder(op: Exclude<Comparator, 'eq' | 'ne'>, a: PyNumber | string, b: PyNumber | string) {
  let sign: number;
  if (typeof a === 'string' && typeof b === 'string') sign = compareCodePoints(a, b);
  else if (typeof a !== 'string' && typeof b !== 'string') {
    const [x, y] = [numberOf(a), numberOf(b)];
    if (Number.isNaN(x) || Number.isNaN(y)) return false;
    sign = x < y ? -1 : x > y ? 1 : 0;
  } else {
    throw new QueryError(
      `'${SYMBOLS[op]}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
    );
  }
  if (op === 'lt') return sign < 0;
  if (op === 'lte') return sign <= 0;
  if (op === 'gt') return sign > 0;
  return sign >= 0;
}

/** A sort comparator for a list of numbers or of strings (never mixed: callers check). */
export function ascending(a: Json, b: Json): number {
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  const [x, y] = [numberOf(a as PyNumber), numberOf(b as PyNumber)];
  return x < y ? -1 : x > y ? 1 : 0;
}
