import { type Json, keysOf, PyFloat, setKey } from './python.ts';

/**
 * A timestamp as CLI v2 prints it (its default `cli_timestamp_format = iso8601`): Python's
 * `datetime.isoformat()` in UTC, `2025-01-15T09:03:00+00:00`, with `.ffffff` only when the
 * time has a fraction (`2025-01-15T09:03:00.250000+00:00`).
 *
 * A string is parsed first (any ISO 8601 form `Date` understands), so
 * `cliTimestamp('2025-01-15T09:03:00Z')` gives the same text as for the `Date`.
 */
export function cliTimestamp(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`Not a timestamp: ${String(value)}`);
  const iso = date.toISOString(); // 2025-01-15T09:03:00.000Z
  const ms = date.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}000`;
  return `${iso.slice(0, 19)}${fraction}+00:00`;
}

/**
 * The response as the CLI's formatters see it: JSON values only, every `Date` turned into
 * its CLI text. The CLI converts timestamps while parsing the response, so `--query`
 * compares and prints these strings too. Strings are kept as they are: pass timestamps
 * as `Date`s, or as strings already in `cliTimestamp` form.
 */
export function toCliValue(value: unknown): Json {
  if (value instanceof Date) return cliTimestamp(value);
  if (value === null || value === undefined) return null;
  if (value instanceof PyFloat) return value;
  if (Array.isArray(value)) return value.map(toCliValue);
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object': {
      const out: { [key: string]: Json } = {};
      for (const key of keysOf(value)) {
        const member = (value as Record<string, unknown>)[key];
        if (member !== undefined) setKey(out, key, toCliValue(member));
      }
      return out;
    }
    default:
      throw new Error(`Cannot format a ${typeof value} as CLI output`);
  }
}
