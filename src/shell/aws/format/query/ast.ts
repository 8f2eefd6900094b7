// The tree jmespath.py 1.0.1's parser builds (jmespath/ast.py), as a discriminated union.
import type { Json } from '../python.ts';

/** A comparison operator, by its token name. */
export type Comparator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

/** A compiled `--query` expression. */
export type Node =
  /** `@`, and the implicit left or right side of a projection. */
  | { kind: 'current' }
  | { kind: 'field'; name: string }
  | { kind: 'literal'; value: Json }
  | { kind: 'index'; index: number }
  /** `[start:stop:step]`; a missing part is null, as in a Python slice. */
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'subexpression'; left: Node; right: Node }
  /** `a[0]`, `a[0][1]`: each child applied to the previous result. */
  | { kind: 'indexExpression'; children: Node[] }
  | { kind: 'pipe'; left: Node; right: Node }
  /** `left[*]`, `left[]`, `left[1:]`: `right` applied to each element of the list `left` gives. */
  | { kind: 'projection'; left: Node; right: Node }
  /** `left.*`: `right` applied to each value of the object `left` gives. */
  | { kind: 'valueProjection'; left: Node; right: Node }
  | { kind: 'filterProjection'; left: Node; right: Node; condition: Node }
  | { kind: 'flatten'; child: Node }
  | { kind: 'comparator'; op: Comparator; left: Node; right: Node }
  | { kind: 'or'; left: Node; right: Node }
  | { kind: 'and'; left: Node; right: Node }
  | { kind: 'not'; child: Node }
  | { kind: 'multiSelectList'; items: Node[] }
  | { kind: 'multiSelectDict'; pairs: { key: string; value: Node }[] }
  | { kind: 'function'; name: string; args: Node[] }
  | { kind: 'expref'; child: Node };
