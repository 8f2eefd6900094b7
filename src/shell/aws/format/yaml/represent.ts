import { compareCodePoints, floatRepr, isPyInt, type Json } from '../python.ts';
import type { YamlNode } from './emitter.ts';
import { resolvePlain } from './resolve.ts';

/**
 * A JSON value as ruamel.yaml's SafeRepresenter (0.17, MIT) builds it: mapping keys sorted,
 * `null`/`true`/`false`, ints as digits, floats as lower-case `repr()`. A scalar may be written
 * plain only if its text reads back as its own type (`'123'` the string must be quoted).
 */
export function represent(value: Json): YamlNode {
  if (value === null) return scalar('null', 'null');
  if (typeof value === 'boolean') return scalar(value ? 'true' : 'false', 'bool');
  if (typeof value === 'number') {
    if (isPyInt(value)) return scalar(String(value === 0 ? 0 : value), 'int');
    if (Number.isNaN(value)) return scalar('.nan', 'float');
    if (!Number.isFinite(value)) return scalar(value > 0 ? '.inf' : '-.inf', 'float');
    return scalar(floatRepr(value).toLowerCase(), 'float');
  }
  if (typeof value === 'string') return scalar(value, 'str');
  if (Array.isArray(value)) return { kind: 'sequence', items: value.map(represent) };
  const keys = Object.keys(value).sort(compareCodePoints);
  return { kind: 'mapping', pairs: keys.map((key) => [represent(key), represent(value[key] ?? null)]) };
}

function scalar(text: string, tag: string): YamlNode {
  return { kind: 'scalar', text, plainImplicit: resolvePlain(text) === tag };
}
