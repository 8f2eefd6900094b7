import { CliCrash, compareCodePoints, floatRepr, isPyInt, type Json, PyFloat, PyObject } from '../python.ts';
import type { YamlNode } from './emitter.ts';
import { resolvePlain } from './resolve.ts';

/**
 * A JSON value as ruamel.yaml's SafeRepresenter (0.17, MIT) builds it: mapping keys sorted,
 * `null`/`true`/`false`, ints as digits, floats as lower-case `repr()`. A scalar may be written
 * plain only if its text reads back as its own type (`'123'` the string must be quoted).
 */
export function represent(value: Json, known = new Map<object, YamlNode>()): YamlNode {
  if (value === null) return scalar('null', 'null');
  if (typeof value === 'boolean') return scalar(value ? 'true' : 'false', 'bool');
  if (typeof value === 'number' && isPyInt(value)) return scalar(String(value === 0 ? 0 : value), 'int');
  if (value instanceof PyFloat) return float(value.value);
  if (typeof value === 'number') return float(value);
  if (typeof value === 'string') return scalar(value, 'str');
  if (value instanceof PyObject) throw new CliCrash(`cannot represent an object: ${value.text}`);
  // The same list or dict twice is one node, which the serializer anchors.
  const node = known.get(value);
  if (node !== undefined) return node;
  const built: YamlNode = Array.isArray(value)
    ? { kind: 'sequence', items: value.map((item) => represent(item, known)) }
    : {
        kind: 'mapping',
        pairs: Object.keys(value)
          .sort(compareCodePoints)
          .map((key) => [represent(key), represent(value[key] ?? null, known)]),
      };
  known.set(value, built);
  return built;
}

function float(value: number): YamlNode {
  if (Number.isNaN(value)) return scalar('.nan', 'float');
  if (!Number.isFinite(value)) return scalar(value > 0 ? '.inf' : '-.inf', 'float');
  return scalar(floatRepr(value).toLowerCase(), 'float');
}

function scalar(text: string, tag: string): YamlNode {
  return { kind: 'scalar', text, plainImplicit: resolvePlain(text) === tag };
}
