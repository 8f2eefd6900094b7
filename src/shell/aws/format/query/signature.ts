// jmespath.py's argument checks (functions.py `_validate_arguments`), with its messages.
import { type Json, pyStr, pyTypeName, stringRepr } from '../python.ts';
import { QueryError } from './errors.ts';

/** A function's arguments: the jmespath types each accepts (`[]`: any), the last maybe repeated. */
export type Signature = { args: string[][]; variadic?: boolean };

/** jmespath types to the Python type names that satisfy them (functions.py REVERSE_TYPES_MAP). */
const PY_TYPES: Record<string, string[]> = {
  boolean: ['bool'],
  array: ['list', '_Projection'],
  object: ['dict', 'OrderedDict'],
  null: ['NoneType'],
  string: ['unicode', 'str'],
  number: ['float', 'int', 'long'],
  expref: ['_Expression'],
};

/** Python type names to jmespath types (functions.py TYPES_MAP). */
const JMESPATH_TYPES: Record<string, string> = {
  bool: 'boolean',
  list: 'array',
  dict: 'object',
  NoneType: 'null',
  str: 'string',
  float: 'number',
  int: 'number',
  _Expression: 'expref',
};

/** The jmespath type of a value, as error messages name it. */
export function jmespathType(value: Json): string {
  return JMESPATH_TYPES[pyTypeName(value)] ?? 'unknown';
}

/** jmespath.py's JMESPathTypeError. */
export function typeError(name: string, value: Json, received: string, expected: string[]): QueryError {
  return new QueryError(
    `In function ${name}(), invalid type for value: ${pyStr(value)}, ` +
      `expected one of: [${expected.map(stringRepr).join(', ')}], received: "${received}"`,
  );
}

/** Throw what jmespath.py raises for the wrong number or types of arguments. */
export function checkArguments(name: string, args: Json[], signature: Signature): void {
  const expected = signature.args.length;
  const plural = expected === 1 ? 'argument' : 'arguments';
  if (signature.variadic ? args.length < expected : args.length !== expected) {
    const atLeast = signature.variadic ? 'at least ' : '';
    throw new QueryError(
      `Expected ${atLeast}${expected} ${plural} for function ${name}(), received ${args.length}`,
    );
  }
  // Only the declared arguments are checked: a variadic function's extra ones never are.
  signature.args.forEach((types, i) => {
    if (types.length > 0) checkType(name, args[i] ?? null, types);
  });
}

function checkType(name: string, value: Json, types: string[]): void {
  const allowed: string[] = [];
  const subtypes: string[][] = [];
  for (const type of types) {
    const [outer = '', inner] = type.split('-');
    allowed.push(...(PY_TYPES[outer] ?? []));
    if (inner !== undefined) subtypes.push(PY_TYPES[inner] ?? []);
  }
  const actual = pyTypeName(value);
  if (!allowed.includes(actual)) throw typeError(name, value, jmespathType(value), types);
  if (subtypes.length > 0 && Array.isArray(value)) checkItems(name, value, subtypes, types);
}

/** `array-number`: every item a number; with a choice, every item the type of the first. */
function checkItems(name: string, items: Json[], subtypes: string[][], types: string[]): void {
  const [first] = items;
  if (first === undefined) return;
  let allowed = subtypes[0] ?? [];
  if (subtypes.length > 1) {
    const match = subtypes.find((names) => names.includes(pyTypeName(first)));
    if (match === undefined) throw typeError(name, first, pyTypeName(first), types);
    allowed = match;
  }
  for (const item of items) {
    // The item's Python type name this time (`str`, `dict`), not its jmespath type.
    if (!allowed.includes(pyTypeName(item))) throw typeError(name, item, pyTypeName(item), types);
  }
}
