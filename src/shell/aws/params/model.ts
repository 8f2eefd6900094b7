import { memberShapeName, shapeOf } from '../spec/shapes.ts';
import type { MemberRef, ServiceSpec, Shape } from '../spec/types.ts';

/** A shape as botocore resolves a reference to it: the shape plus the member's own traits. */
export interface Resolved {
  readonly name: string;
  readonly shape: Shape;
  readonly hostLabel: boolean;
  readonly jsonvalue: boolean;
  readonly streaming: boolean;
  readonly idempotencyToken: boolean;
}

/** Resolves a structure member (or a list member / map value by shape name). */
export function resolve(service: ServiceSpec, ref: MemberRef): Resolved {
  const name = memberShapeName(ref);
  const shape = shapeOf(service, name);
  const traits: Exclude<MemberRef, string> = typeof ref === 'string' ? { shape: name } : ref;
  return {
    name,
    shape,
    hostLabel: traits.hostLabel === true,
    jsonvalue: traits.jsonvalue === true,
    streaming: traits.streaming === true || ('streaming' in shape && shape.streaming === true),
    idempotencyToken: traits.idempotencyToken === true,
  };
}

/** The members of a structure shape, resolved, in model order. */
export function membersOf(service: ServiceSpec, shape: Shape): [string, Resolved][] {
  if (shape.type !== 'structure') return [];
  return Object.entries(shape.members).map(([name, ref]) => [name, resolve(service, ref)]);
}

/** The element shape of a list. */
export function listMember(service: ServiceSpec, shape: Shape): Resolved {
  if (shape.type !== 'list') throw new Error(`not a list shape: ${shape.type}`);
  return resolve(service, shape.member);
}

/** The value shape of a map. */
export function mapValue(service: ServiceSpec, shape: Shape): Resolved {
  if (shape.type !== 'map') throw new Error(`not a map shape: ${shape.type}`);
  return resolve(service, shape.value);
}

/** The key shape of a map. */
export function mapKey(service: ServiceSpec, shape: Shape): Resolved {
  if (shape.type !== 'map') throw new Error(`not a map shape: ${shape.type}`);
  return resolve(service, shape.key);
}

export const SCALAR_TYPES = new Set([
  'string',
  'integer',
  'long',
  'boolean',
  'timestamp',
  'blob',
  'double',
  'float',
]);

/** botocore's `is_document_type`: a structure marked as a free-form document. */
export function isDocument(shape: Shape): boolean {
  return shape.type === 'structure' && shape.document === true;
}

/** awscli's `is_document_type_container`: a document, or a list/map that holds one. */
export function isDocumentContainer(service: ServiceSpec, shape: Shape): boolean {
  if (isDocument(shape)) return true;
  if (shape.type === 'list') return isDocumentContainer(service, listMember(service, shape).shape);
  if (shape.type === 'map') return isDocumentContainer(service, mapValue(service, shape).shape);
  return false;
}
