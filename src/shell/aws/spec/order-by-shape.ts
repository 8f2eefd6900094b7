import { memberShapeName, shapeOf } from './shapes.ts';
import type { ServiceSpec } from './types.ts';

/**
 * A response object with its keys in the service model's member order, recursively through
 * structures, lists and maps, and without members the shape does not have. The formatters print
 * keys in insertion order, so this is what makes `--output json` match the real CLI: a Role prints
 * Path, RoleName, RoleId, Arn, CreateDate, ... whatever order the simulator built it in.
 * Map keys keep their own order; free-form documents and scalars are returned as they are.
 */
export function orderByShape(value: unknown, shapeName: string, spec: ServiceSpec): unknown {
  const shape = shapeOf(spec, shapeName);
  if (shape.type === 'structure') {
    if (!isPlainObject(value) || shape.document) return value;
    const out: Record<string, unknown> = {};
    for (const [name, ref] of Object.entries(shape.members)) {
      if (value[name] !== undefined) out[name] = orderByShape(value[name], memberShapeName(ref), spec);
    }
    return out;
  }
  if (shape.type === 'list') {
    return Array.isArray(value) ? value.map((item) => orderByShape(item, shape.member, spec)) : value;
  }
  if (shape.type === 'map') {
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = orderByShape(item, shape.value, spec);
    return out;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
