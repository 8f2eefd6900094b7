import type { ServiceSpec } from '../spec/types.ts';
import { listMember, mapKey, mapValue, membersOf, type Resolved } from './model.ts';
import { isDict, PyFloat, pyStr, pyType } from './python.ts';
import { parseTimestamp } from './timestamp.ts';

/**
 * botocore's client-side ParamValidator (validate.py): required members, unknown members, types,
 * minimum lengths and minimum values. Maxima, enums and patterns are the service's job.
 * Returns the report lines in botocore's order; empty when the parameters are valid.
 */
export function validateParams(service: ServiceSpec, params: unknown, input: Resolved): string[] {
  const errors: string[] = [];
  check(service, params, input, errors, '');
  return errors;
}

const STR = "<class 'str'>";
const INT = "<class 'int'>";
const VALID_TYPES: Record<string, string> = {
  string: STR,
  integer: INT,
  long: INT,
  boolean: "<class 'bool'>",
  list: "<class 'list'>, <class 'tuple'>",
  structure: "<class 'dict'>",
  map: "<class 'dict'>",
  double: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  float: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  timestamp: "<class 'datetime.datetime'>, timestamp-string",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
};

function label(name: string): string {
  if (!name) return 'input';
  return name.startsWith('.') ? name.slice(1) : name;
}

function invalidType(errors: string[], name: string, value: unknown, type: string): void {
  errors.push(
    `Invalid type for parameter ${label(name)}, value: ${pyStr(value)}, type: ${pyType(value)}, ` +
      `valid types: ${VALID_TYPES[type]}`,
  );
}

function rangeCheck(
  errors: string[],
  name: string,
  value: number,
  model: Resolved,
  kind: 'length' | 'value',
): void {
  const min = model.shape.min ?? (model.hostLabel ? 1 : undefined);
  if (min === undefined || !(value < min)) return;
  const shown = kind === 'value' ? pyStr(value) : String(value);
  errors.push(`Invalid ${kind} for parameter ${label(name)}, value: ${shown}, valid min ${kind}: ${min}`);
}

function isInt(value: unknown): value is number | boolean {
  return (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'boolean';
}

function check(service: ServiceSpec, value: unknown, model: Resolved, errors: string[], name: string): void {
  const { shape } = model;
  switch (shape.type) {
    case 'structure': {
      if (shape.document) return; // free-form JSON: anything JSON can hold is fine
      if (!isDict(value)) {
        invalidType(errors, name, value, 'structure');
        return;
      }
      const keys = Object.keys(value);
      const members = membersOf(service, shape);
      if (shape.union && keys.length !== 1) {
        const names = members.map(([member]) => member).join('. ');
        errors.push(
          keys.length === 0
            ? `Must set one of the following keys for tagged unionstructure ${label(name)}: ${names}.`
            : `Invalid number of parameters set for tagged union structure ${label(name)}. ` +
                `Can only set one of the following keys: ${names}.`,
        );
      }
      const byName = new Map(members);
      for (const required of shape.required ?? []) {
        if (!(required in value) && !byName.get(required)?.idempotencyToken) {
          errors.push(`Missing required parameter in ${label(name)}: "${required}"`);
        }
      }
      for (const key of keys) {
        if (!byName.has(key)) {
          errors.push(
            `Unknown parameter in ${label(name)}: "${key}", must be one of: ${members.map(([m]) => m).join(', ')}`,
          );
        }
      }
      for (const key of keys) {
        const member = byName.get(key);
        if (member) check(service, value[key], member, errors, `${name}.${key}`);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        invalidType(errors, name, value, 'list');
        return;
      }
      rangeCheck(errors, name, value.length, model, 'length');
      const member = listMember(service, shape);
      value.forEach((item, i) => {
        check(service, item, member, errors, `${name}[${i}]`);
      });
      return;
    }
    case 'map': {
      if (!isDict(value)) {
        invalidType(errors, name, value, 'map');
        return;
      }
      const key = mapKey(service, shape);
      const member = mapValue(service, shape);
      for (const [k, v] of Object.entries(value)) {
        check(service, k, key, errors, `${name} (key: ${k})`);
        check(service, v, member, errors, `${name}.${k}`);
      }
      return;
    }
    case 'string':
      if (typeof value !== 'string') {
        invalidType(errors, name, value, 'string');
        return;
      }
      rangeCheck(errors, name, [...value].length, model, 'length');
      return;
    case 'integer':
    case 'long':
      if (!isInt(value)) {
        invalidType(errors, name, value, shape.type);
        return;
      }
      rangeCheck(errors, name, Number(value), model, 'value');
      return;
    case 'double':
    case 'float': {
      if (typeof value !== 'number' && typeof value !== 'boolean' && !(value instanceof PyFloat)) {
        invalidType(errors, name, value, shape.type);
        return;
      }
      const number = value instanceof PyFloat ? value.value : Number(value);
      rangeCheck(errors, name, number, model, 'value');
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') {
        invalidType(errors, name, value, 'boolean');
        return;
      }
      return;
    case 'blob':
      if (typeof value === 'string' || value instanceof Uint8Array) return;
      invalidType(errors, name, value, 'blob');
      return;
    case 'timestamp':
      if (parseTimestamp(value) === undefined) invalidType(errors, name, value, 'timestamp');
      return;
  }
}
