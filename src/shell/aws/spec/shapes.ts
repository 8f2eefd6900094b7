import type { ServiceSpec, Shape } from './types.ts';

/** A shape by name; a missing one is a generator bug, so it throws. */
export function shapeOf(service: ServiceSpec, name: string): Shape {
  const shape = service.shapes[name];
  if (!shape) throw new Error(`${service.service}: no shape ${name} in the spec`);
  return shape;
}

/** The shape name a member refers to. */
export function memberShapeName(ref: string | { readonly shape: string }): string {
  return typeof ref === 'string' ? ref : ref.shape;
}
