const ISO_8601 =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses a date the way IAM's Date operators read it: ISO 8601 (UTC when no zone is given)
 * or, when the text has neither `T` nor `-`, epoch seconds. Returns epoch milliseconds or null.
 */
export function parseAwsDate(text: string): number | null {
  const value = text.trim();
  if (!/[tT-]/.test(value)) return /^\d{1,15}$/.test(value) ? Number(value) * 1000 : null;
  const m = ISO_8601.exec(value);
  if (!m) return null;
  const num = (part: string | undefined, fallback: number) => (part === undefined ? fallback : Number(part));
  const [y, mo, d, h, mi, s] = [
    num(m[1], 0),
    num(m[2], 1),
    num(m[3], 1),
    num(m[4], 0),
    num(m[5], 0),
    num(m[6], 0),
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  return Date.UTC(y, mo - 1, d, h, mi, s) + fraction - zoneOffsetMs(m[8]);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
}
