import { memberShapeName, orderByShape, type ServiceSpec, shapeOf } from './spec/index.ts';

/**
 * A world response as botocore hands it to the CLI's formatter: members in the output shape's order, timestamps as
 * `Date`s (ISO text or epoch seconds from the world), and IAM's URL-encoded policy documents decoded.
 */
export function prepareOutput(value: unknown, shapeName: string, spec: ServiceSpec): unknown {
  const ordered = orderByShape(value, shapeName, spec);
  const converted = convert(ordered, shapeName, spec);
  if (spec.model === 'iam') decodePolicyTypes(converted, shapeName, spec);
  return converted;
}

function convert(value: unknown, shapeName: string, spec: ServiceSpec): unknown {
  const shape = shapeOf(spec, shapeName);
  switch (shape.type) {
    case 'timestamp':
      if (typeof value === 'string') return new Date(value);
      if (typeof value === 'number') return new Date(value * 1000);
      return value;
    case 'structure': {
      if (shape.document || !isRecord(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(value)) {
        const ref = shape.members[key];
        out[key] = ref === undefined ? member : convert(member, memberShapeName(ref), spec);
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => convert(item, shape.member, spec)) : value;
    case 'map':
      if (!isRecord(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, shape.value, spec)]));
    default:
      return value;
  }
}

/**
 * botocore's `json_decode_policies` (after-call on IAM): every string member whose shape is `policyDocumentType`,
 * through structures and lists (not maps), becomes `json.loads(unquote(text))`, or the unquoted text when that is not
 * JSON. Mutates the prepared copy.
 */
function decodePolicyTypes(parsed: unknown, shapeName: string, spec: ServiceSpec): void {
  const shape = shapeOf(spec, shapeName);
  if (shape.type === 'structure' && isRecord(parsed)) {
    for (const [name, ref] of Object.entries(shape.members)) {
      if (!(name in parsed)) continue;
      const memberShape = memberShapeName(ref);
      if (memberShape === 'policyDocumentType' && typeof parsed[name] === 'string') {
        parsed[name] = decodeQuotedJsonDoc(parsed[name] as string);
      } else decodePolicyTypes(parsed[name], memberShape, spec);
    }
  }
  if (shape.type === 'list' && Array.isArray(parsed))
    for (const item of parsed) decodePolicyTypes(item, shape.member, spec);
}

/** `decode_quoted_jsondoc`: Python's `unquote` (bad escapes stay as they are) then `json.loads`. */
export function decodeQuotedJsonDoc(text: string): unknown {
  const unquoted = unquote(text);
  try {
    return JSON.parse(unquoted);
  } catch {
    return unquoted; // not JSON: the CLI prints the decoded text
  }
}

function unquote(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
