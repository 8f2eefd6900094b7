import { QueryError } from './errors.ts';

/** Python's `items[start:stop:step]` on a list, missing parts as null. */
export function pySlice<T>(items: T[], start: number | null, stop: number | null, step: number | null): T[] {
  const by = step ?? 1;
  if (by === 0) throw new QueryError('slice step cannot be zero');
  const length = items.length;
  // slice.indices(): a negative bound counts from the end, then both are clamped.
  const bound = (value: number | null, fallback: number) => {
    if (value === null) return fallback;
    const at = value < 0 ? value + length : value;
    if (at < 0) return by < 0 ? -1 : 0;
    if (at >= length) return by < 0 ? length - 1 : length;
    return at;
  };
  const from = bound(start, by < 0 ? length - 1 : 0);
  const to = bound(stop, by < 0 ? -1 : length);
  const out: T[] = [];
  for (let i = from; by > 0 ? i < to : i > to; i += by) out.push(items[i] as T);
  return out;
}
