// jmespath.py 1.0.1's TreeInterpreter (jmespath/visitor.py): what each node does to a value.
import { isObject, type Json, type JsonObject, keysOf, setKey } from '../python.ts';
import type { Node } from './ast.ts';
import { callFunction } from './functions.ts';
import { pySlice } from './slice.ts';
import { Expref, isFalse, isNumber, jmespathEquals, type PyNumber, pyOrder } from './values.ts';

/** Evaluate a compiled expression against `value`; a Python exception is a `QueryError`. */
export function evaluate(node: Node, value: Json): Json {
  switch (node.kind) {
    case 'current':
      return value;
    case 'field':
      // dict.get: anything but an object has no fields.
      return isObject(value) && Object.hasOwn(value, node.name) ? (value[node.name] ?? null) : null;
    case 'literal':
      return node.value;
    case 'index':
      return Array.isArray(value)
        ? (value[node.index < 0 ? value.length + node.index : node.index] ?? null)
        : null;
    case 'slice':
      return Array.isArray(value) ? pySlice(value, node.start, node.stop, node.step) : null;
    case 'subexpression':
    case 'pipe':
      return evaluate(node.right, evaluate(node.left, value));
    case 'indexExpression':
      return node.children.reduce((current, child) => evaluate(child, current), value);
    case 'projection': {
      const base = evaluate(node.left, value);
      return Array.isArray(base) ? project(base, node.right) : null;
    }
    case 'valueProjection': {
      const base = evaluate(node.left, value);
      return isObject(base)
        ? project(
            keysOf(base).map((key) => base[key] ?? null),
            node.right,
          )
        : null;
    }
    case 'filterProjection': {
      const base = evaluate(node.left, value);
      if (!Array.isArray(base)) return null;
      return project(base, node.right, node.condition);
    }
    case 'flatten': {
      const base = evaluate(node.child, value);
      return Array.isArray(base) ? base.flatMap((item) => (Array.isArray(item) ? item : [item])) : null;
    }
    case 'comparator':
      return compare(node, value);
    case 'or': {
      const left = evaluate(node.left, value);
      return isFalse(left) ? evaluate(node.right, value) : left;
    }
    case 'and': {
      const left = evaluate(node.left, value);
      return isFalse(left) ? left : evaluate(node.right, value);
    }
    case 'not':
      // Python's `not`, but 0 is true in jmespath: the same as jmespath's false.
      return isFalse(evaluate(node.child, value));
    case 'multiSelectList':
      return value === null ? null : node.items.map((item) => evaluate(item, value));
    case 'multiSelectDict': {
      if (value === null) return null;
      const out: JsonObject = {};
      for (const { key, value: item } of node.pairs) setKey(out, key, evaluate(item, value));
      return out;
    }
    case 'function':
      // Python evaluates every argument before it looks the function up.
      return callFunction(
        node.name,
        node.args.map((arg) => evaluate(arg, value)),
      );
    case 'expref': {
      const { child } = node;
      return new Expref((item) => evaluate(child, item));
    }
  }
}

/** A projection keeps what `right` gives for each item (that passes `filter`), except null. */
function project(items: Json[], right: Node, filter?: Node): Json[] {
  const out: Json[] = [];
  for (const item of items) {
    if (filter !== undefined && isFalse(evaluate(filter, item))) continue;
    const result = evaluate(right, item);
    if (result !== null) out.push(result);
  }
  return out;
}

/** `==`/`!=` compare anything; an ordering needs numbers or strings on both sides, else null. */
function compare(node: Extract<Node, { kind: 'comparator' }>, value: Json): Json {
  const left = evaluate(node.left, value);
  const right = evaluate(node.right, value);
  if (node.op === 'eq') return jmespathEquals(left, right);
  if (node.op === 'ne') return !jmespathEquals(left, right);
  if (!isComparable(left) || !isComparable(right)) return null;
  return pyOrder(node.op, left, right);
}

function isComparable(value: Json): value is PyNumber | string {
  return isNumber(value) || typeof value === 'string';
}
