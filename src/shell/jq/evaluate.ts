import type { Filter, Json } from './ast.ts';

/** A runtime jq error, worded like jq 1.6 (`Cannot index string with string "b"`). */
export class JqError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

const typeName = (v: Json) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;

const isObject = (v: Json): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs a filter on one input; returns every output (filters may yield zero or many). Throws JqError. */
export function evaluate(f: Filter, input: Json, vars: Readonly<Record<string, Json>>): Json[] {
  switch (f.kind) {
    case 'identity':
      return [input];
    case 'literal':
      return [f.value];
    case 'variable': {
      if (!(f.name in vars)) throw new JqError(`$${f.name} is not defined`);
      return [vars[f.name] ?? null];
    }
    case 'field':
      return evaluate(f.target, input, vars).flatMap((v) => {
        if (v === null) return [null];
        if (isObject(v)) return [v[f.name] ?? null];
        if (f.optional) return [];
        throw new JqError(`Cannot index ${typeName(v)} with string ${JSON.stringify(f.name)}`);
      });
    case 'index':
      return evaluate(f.target, input, vars).flatMap((v) => {
        if (v === null) return [null];
        if (Array.isArray(v)) return [v[f.index < 0 ? v.length + f.index : f.index] ?? null];
        if (f.optional) return [];
        throw new JqError(`Cannot index ${typeName(v)} with number`);
      });
    case 'iterate':
      return evaluate(f.target, input, vars).flatMap((v) => {
        if (Array.isArray(v)) return v;
        if (isObject(v)) return Object.values(v);
        if (f.optional) return [];
        throw new JqError(`Cannot iterate over ${typeName(v)}${v === null ? ' (null)' : ''}`);
      });
    case 'pipe':
      return evaluate(f.left, input, vars).flatMap((v) => evaluate(f.right, v, vars));
    case 'comma':
      return [...evaluate(f.left, input, vars), ...evaluate(f.right, input, vars)];
    case 'compare':
      return evaluate(f.right, input, vars).flatMap((r) =>
        evaluate(f.left, input, vars).map((l) => compare(f.op, l, r)),
      );
    case 'logic':
      return evaluate(f.left, input, vars).flatMap((l) => {
        if (f.op === 'and' && !truthy(l)) return [false];
        if (f.op === 'or' && truthy(l)) return [true];
        return evaluate(f.right, input, vars).map(truthy);
      });
    case 'select':
      return evaluate(f.condition, input, vars).some(truthy) ? [input] : [];
    case 'builtin':
      return [builtin(f.name, input)];
  }
}

function builtin(name: 'keys' | 'length' | 'not', v: Json): Json {
  if (name === 'not') return !truthy(v);
  if (name === 'keys') {
    if (Array.isArray(v)) return v.map((_, i) => i);
    if (isObject(v)) return Object.keys(v).sort();
    throw new JqError(`${typeName(v)} (${JSON.stringify(v)}) has no keys`);
  }
  if (v === null) return 0;
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  if (isObject(v)) return Object.keys(v).length;
  if (typeof v === 'number') return Math.abs(v);
  throw new JqError(`boolean (${v}) has no length`);
}

function truthy(v: Json): boolean {
  return v !== null && v !== false;
}

const ORDER = ['null', 'boolean', 'number', 'string', 'array', 'object'];

function compare(op: string, a: Json, b: Json): boolean {
  const c = order(a, b);
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** jq's total order: null < false < true < numbers < strings < arrays < objects. */
function order(a: Json, b: Json): number {
  const ta = ORDER.indexOf(typeName(a));
  const tb = ORDER.indexOf(typeName(b));
  if (ta !== tb) return ta - tb;
  if (typeof a === 'number' || typeof a === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  return JSON.stringify(a) === JSON.stringify(b) ? 0 : JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}
