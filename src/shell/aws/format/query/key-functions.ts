// sort_by, min_by and max_by: ordering by what an expref gives each item (functions.py).
import type { Json } from '../python.ts';
import { jmespathType, typeError } from './signature.ts';
import { ascending, type Expref, type PyNumber, pyOrder } from './values.ts';

/**
 * `sort_by()`: the first item's key decides whether keys are numbers or strings; every key
 * must then be that type. Python's sort is stable, as is `Array.prototype.sort`.
 */
export function byKey(items: Json[], expref: Expref): Json[] {
  const [first] = items;
  if (first === undefined) return items;
  const required = jmespathType(expref.apply(first));
  if (required !== 'number' && required !== 'string') {
    throw typeError('sort_by', first, required, ['string', 'number']);
  }
  const keyed = items.map((item) => ({ item, key: keyOf('sort_by', expref, item, [required]) }));
  return keyed.sort((a, b) => ascending(a.key, b.key)).map(({ item }) => item);
}

/**
 * `max_by()` (sign 1) or `min_by()` (-1): Python's `max(items, key=...)`, which computes each
 * key just before comparing it with the best so far, so a string key against a number key
 * is Python's TypeError. The first of equals wins.
 */
export function maxByKey(items: Json[], expref: Expref, sign: 1 | -1): Json {
  const name = sign > 0 ? 'max_by' : 'min_by';
  let best: { item: Json; key: PyNumber | string } | undefined;
  for (const item of items) {
    const key = keyOf(name, expref, item, ['number', 'string']);
    if (best === undefined || pyOrder(sign > 0 ? 'gt' : 'lt', key, best.key)) best = { item, key };
  }
  return best?.item ?? null;
}

function keyOf(name: string, expref: Expref, item: Json, allowed: string[]): PyNumber | string {
  const key = expref.apply(item);
  const type = jmespathType(key);
  if (!allowed.includes(type)) throw typeError(name, key, type, allowed);
  return key as PyNumber | string;
}
