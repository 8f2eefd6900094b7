import { PyFloat } from './python.ts';

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/u;

/**
 * A timestamp parameter as botocore accepts it (`parse_to_aware_datetime`): epoch seconds (a number
 * or numeric text), ISO 8601 (`2025-01-15`, `2025-01-15T09:00:00Z`, offsets, fractions) or an
 * RFC 1123 date. Returns epoch milliseconds, or undefined where botocore rejects the value.
 * The CLI passes the text through unchanged; the simulator can read it with this.
 */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number' || value instanceof PyFloat) {
    const seconds = value instanceof PyFloat ? value.value : value;
    return Number.isFinite(seconds) && Math.abs(seconds) < 253402300800 ? seconds * 1000 : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u.test(text)) return parseTimestamp(Number(text));
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso);
  if (/^[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}(:\d{2})? (GMT|UTC|[+-]\d{4})$/u.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

function fromIso(m: RegExpExecArray): number | undefined {
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return undefined;
  }
  let ms = Date.UTC(
    Number(y),
    month - 1,
    day,
    Number(h),
    Number(mi),
    Number(s),
    Number(`0.${frac || '0'}`) * 1000,
  );
  if (new Date(ms).getUTCDate() !== day) return undefined; // e.g. February 30th
  const offset = /^([+-])(\d{2}):?(\d{2})?$/u.exec(zone);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    ms -= (offset[1] === '+' ? 1 : -1) * minutes * 60_000;
  }
  return ms;
}
