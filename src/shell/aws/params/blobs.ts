import type { ServiceSpec } from '../spec/types.ts';
import { base64Decode, utf8Encode } from './bytes.ts';
import { listMember, mapValue, membersOf, type Resolved } from './model.ts';
import { isDict } from './python.ts';
import { pythonError } from './usage.ts';

/**
 * Blob parameters given as text. AWS CLI v2 reads them as base64 (`cli_binary_format` base64, the
 * default: `Invalid base64: "hello"`, exit 255) or, with `raw-in-base64-out`, as the text's UTF-8
 * bytes. Bytes from fileb:// are left alone. Walks the params by the input shape, in place.
 */
export function convertBlobs(service: ServiceSpec, params: unknown, input: Resolved, base64: boolean): void {
  walk(service, params, input, (text) => {
    if (!base64) return utf8Encode(text);
    if ([...text].some((ch) => ch.charCodeAt(0) > 0x7f)) {
      pythonError('string argument should contain only ASCII characters');
    }
    const bytes = base64Decode(text);
    if (!bytes) pythonError(`Invalid base64: "${text}"`);
    return bytes;
  });
}

function walk(
  service: ServiceSpec,
  value: unknown,
  model: Resolved,
  convert: (text: string) => Uint8Array,
): void {
  const { shape } = model;
  if (shape.type === 'structure' && isDict(value)) {
    for (const [name, member] of membersOf(service, shape)) {
      const item = value[name];
      if (member.shape.type === 'blob' && typeof item === 'string') value[name] = convert(item);
      else walk(service, item, member, convert);
    }
  } else if (shape.type === 'list' && Array.isArray(value)) {
    const member = listMember(service, shape);
    value.forEach((item, i) => {
      if (member.shape.type === 'blob' && typeof item === 'string') value[i] = convert(item);
      else walk(service, item, member, convert);
    });
  } else if (shape.type === 'map' && isDict(value)) {
    const member = mapValue(service, shape);
    for (const [key, item] of Object.entries(value)) {
      if (member.shape.type === 'blob' && typeof item === 'string') value[key] = convert(item);
      else walk(service, item, member, convert);
    }
  }
}
