// jmespath.py 1.0.1's built-in functions (jmespath/functions.py), Python semantics included:
// ints stay ints, `avg()` is a float, strings are code points, errors are Python's.
import { pyFloat, pyInt } from '../../params/python.ts';
import { isObject, type Json, type JsonObject, keysOf, pyTypeName, setKey } from '../python.ts';
import { QueryError } from './errors.ts';
import { byKey, maxByKey } from './key-functions.ts';
import { checkArguments, type Signature } from './signature.ts';
import { dumpsCompact } from './to-string.ts';
import {
  ascending,
  Expref,
  isFloat,
  isNumber,
  numberOf,
  type PyNumber,
  pyEquals,
  pyNumber,
} from './values.ts';

type Fn = { signature: Signature; call: (args: Json[]) => Json };

/** Call a function by name on evaluated arguments, checking them as jmespath.py does. */
export function callFunction(name: string, args: Json[]): Json {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (fn === undefined) throw new QueryError(`Unknown function: ${name}()`);
  checkArguments(name, args, fn.signature);
  return fn.call(args);
}

// Arguments arrive checked against the signature, so the casts below hold.
const num = (value: Json | undefined) => value as PyNumber;
const str = (value: Json | undefined) => value as string;
const list = (value: Json | undefined) => value as Json[];
const dict = (value: Json | undefined) => value as JsonObject;
const expref = (value: Json | undefined) => value as Expref;

const one = (types: string[]): Signature => ({ args: [types] });

const FUNCTIONS: Record<string, Fn> = {
  abs: { signature: one(['number']), call: ([x]) => pyNumber(Math.abs(numberOf(num(x))), isFloat(num(x))) },
  avg: {
    signature: one(['array-number']),
    call: ([items]) =>
      list(items).length === 0 ? null : pyNumber(sum(list(items)) / list(items).length, true),
  },
  ceil: { signature: one(['number']), call: ([x]) => toInt(Math.ceil(numberOf(num(x)))) },
  contains: {
    signature: { args: [['array', 'string'], []] },
    call: ([subject, search]) => contains(subject, search),
  },
  ends_with: {
    signature: { args: [['string'], ['string']] },
    call: ([s, suffix]) => str(s).endsWith(str(suffix)),
  },
  floor: { signature: one(['number']), call: ([x]) => toInt(Math.floor(numberOf(num(x)))) },
  join: {
    signature: { args: [['string'], ['array-string']] },
    call: ([sep, items]) => list(items).join(str(sep)),
  },
  keys: { signature: one(['object']), call: ([obj]) => keysOf(dict(obj)) },
  length: { signature: one(['string', 'array', 'object']), call: ([x]) => length(x ?? null) },
  map: {
    signature: { args: [['expref'], ['array']] },
    call: ([fn, items]) => list(items).map((item) => expref(fn).apply(item)),
  },
  max: { signature: one(['array-number', 'array-string']), call: ([items]) => extreme(list(items), 1) },
  max_by: {
    signature: { args: [['array'], ['expref']] },
    call: ([items, fn]) => maxByKey(list(items), expref(fn), 1),
  },
  merge: { signature: { args: [['object']], variadic: true }, call: (args) => merge(args) },
  min: { signature: one(['array-number', 'array-string']), call: ([items]) => extreme(list(items), -1) },
  min_by: {
    signature: { args: [['array'], ['expref']] },
    call: ([items, fn]) => maxByKey(list(items), expref(fn), -1),
  },
  not_null: {
    signature: { args: [[]], variadic: true },
    call: (args) => args.find((arg) => arg !== null) ?? null,
  },
  reverse: {
    signature: one(['array', 'string']),
    call: ([x]) => (typeof x === 'string' ? [...x].reverse().join('') : [...list(x)].reverse()),
  },
  sort: {
    signature: one(['array-string', 'array-number']),
    call: ([items]) => [...list(items)].sort(ascending),
  },
  sort_by: {
    signature: { args: [['array'], ['expref']] },
    call: ([items, fn]) => byKey(list(items), expref(fn)),
  },
  starts_with: {
    signature: { args: [['string'], ['string']] },
    call: ([s, prefix]) => str(s).startsWith(str(prefix)),
  },
  sum: {
    signature: one(['array-number']),
    call: ([items]) => pyNumber(sum(list(items)), list(items).some(floaty)),
  },
  to_array: { signature: one([]), call: ([x]) => (Array.isArray(x) ? x : [x ?? null]) },
  to_number: { signature: one([]), call: ([x]) => toNumber(x ?? null) },
  to_string: { signature: one([]), call: ([x]) => (typeof x === 'string' ? x : dumpsCompact(x ?? null)) },
  type: { signature: one([]), call: ([x]) => typeOf(x ?? null) },
  values: {
    signature: one(['object']),
    call: ([obj]) => keysOf(dict(obj)).map((key) => dict(obj)[key] ?? null),
  },
};

const floaty = (item: Json) => isFloat(num(item));

/** Python's `sum()`: left to right from the int 0. */
function sum(items: Json[]): number {
  return items.reduce<number>((total, item) => total + numberOf(num(item)), 0);
}

/** `math.ceil`/`math.floor` give an int, and cannot for NaN or infinity. */
function toInt(x: number): number {
  if (Number.isNaN(x)) throw new QueryError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new QueryError('cannot convert float infinity to integer');
  return x === 0 ? 0 : x;
}

/** Python's `search in subject`. */
function contains(subject: Json | undefined, search: Json | undefined): boolean {
  const needle = search ?? null;
  if (typeof subject !== 'string') return list(subject).some((item) => pyEquals(item, needle));
  if (typeof needle !== 'string') {
    throw new QueryError(`'in <string>' requires string as left operand, not ${pyTypeName(needle)}`);
  }
  return subject.includes(needle);
}

/** Python's `len()`: a string's code points, a list's items, an object's keys. */
function length(value: Json): number {
  if (typeof value === 'string') return [...value].length;
  return Array.isArray(value) ? value.length : Object.keys(dict(value)).length;
}

/** Python's `max()` (sign 1) or `min()` (-1) of numbers or strings: the first of equals wins. */
function extreme(items: Json[], sign: 1 | -1): Json {
  let best: Json | undefined;
  for (const item of items) if (best === undefined || ascending(item, best) * sign > 0) best = item;
  return best ?? null;
}

/** `merge()`: `dict.update()` with each argument in turn. */
function merge(args: Json[]): Json {
  const out: JsonObject = {};
  for (const arg of args) {
    for (const [key, value] of updateItems(arg)) setKey(out, key, value);
  }
  return out;
}

/**
 * The pairs `dict.update(arg)` takes: an object's items, or a list of two-item sequences
 * (`["ab"]` gives `{"a": "b"}`). Only the first argument is type-checked, so the rest may be
 * anything; Python's errors for the ones that are not pairs.
 */
function updateItems(arg: Json): [string, Json][] {
  if (isObject(arg)) return keysOf(arg).map((key) => [key, arg[key] ?? null]);
  if (typeof arg === 'string' || Array.isArray(arg)) {
    return [...arg].map((element, i) => {
      const pair = typeof element === 'string' ? [...element] : isObject(element) ? keysOf(element) : element;
      if (!Array.isArray(pair)) {
        throw new QueryError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      if (pair.length !== 2) {
        throw new QueryError(
          `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
        );
      }
      const [key = null, value = null] = pair;
      if (Array.isArray(key) || isObject(key)) throw new QueryError(`unhashable type: '${pyTypeName(key)}'`);
      // A non-string key would make a dict the formatters cannot hold; JSON would print it as text.
      return [typeof key === 'string' ? key : dumpsCompact(key), value];
    });
  }
  throw new QueryError(`'${pyTypeName(arg)}' object is not iterable`);
}

/** `to_number()`: numbers as they are, text through Python's `int()` then `float()`, else null. */
function toNumber(value: Json): Json {
  if (isNumber(value)) return value;
  if (value instanceof Expref) {
    throw new QueryError(
      "int() argument must be a string, a bytes-like object or a real number, not '_Expression'",
    );
  }
  if (typeof value !== 'string') return null;
  const int = pyInt(value);
  if (int.ok) return int.value;
  const float = pyFloat(value);
  return float.ok ? pyNumber(float.value, true) : null;
}

/** `type()`; an expref has none (jmespath.py falls through to None). */
function typeOf(value: Json): Json {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'array';
  if (isNumber(value)) return 'number';
  if (value === null) return 'null';
  return isObject(value) ? 'object' : null;
}
