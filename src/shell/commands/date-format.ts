const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number, width = 2, fill = '0') => String(n).padStart(width, fill);

/** GNU date's default output: `Wed Nov 25 16:38:42 UTC 2026`. */
export const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

/** strftime for the common conversions, always in UTC (the simulated world's time zone). */
export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  return format.replace(/%(.)/g, (all, c: string) => convert(c, d, ms) ?? all);
}

/** One strftime conversion of `d`, or null for an unknown letter. */
function convert(c: string, d: Date, ms: number): string | null {
  switch (c) {
    case 'a':
      return (DAYS[d.getUTCDay()] ?? '').slice(0, 3);
    case 'A':
      return DAYS[d.getUTCDay()] ?? '';
    case 'b':
      return (MONTHS[d.getUTCMonth()] ?? '').slice(0, 3);
    case 'h':
      return (MONTHS[d.getUTCMonth()] ?? '').slice(0, 3);
    case 'B':
      return MONTHS[d.getUTCMonth()] ?? '';
    case 'd':
      return pad(d.getUTCDate());
    case 'e':
      return pad(d.getUTCDate(), 2, ' ');
    case 'H':
      return pad(d.getUTCHours());
    case 'I':
      return pad(d.getUTCHours() % 12 || 12);
    case 'M':
      return pad(d.getUTCMinutes());
    case 'S':
      return pad(d.getUTCSeconds());
    case 'N':
      return `${pad(d.getUTCMilliseconds(), 3)}000000`;
    case 'p':
      return d.getUTCHours() < 12 ? 'AM' : 'PM';
    case 'Y':
      return String(d.getUTCFullYear());
    case 'y':
      return pad(d.getUTCFullYear() % 100);
    case 'm':
      return pad(d.getUTCMonth() + 1);
    case 'j':
      return pad(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1, 3);
    case 's':
      return String(Math.floor(ms / 1000));
    case 'u':
      return String(d.getUTCDay() || 7);
    case 'w':
      return String(d.getUTCDay());
    case 'Z':
      return 'UTC';
    case 'z':
      return '+0000';
    case 'F':
      return formatDate(ms, '%Y-%m-%d');
    case 'T':
      return formatDate(ms, '%H:%M:%S');
    case 'D':
      return formatDate(ms, '%m/%d/%y');
    case 'R':
      return formatDate(ms, '%H:%M');
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    default:
      return null;
  }
}

const UNIT_MS: Record<string, number> = {
  second: 1000,
  sec: 1000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/** The minimal `date -d`: `now`, `@EPOCH`, ISO dates and times (UTC unless a zone is given), `N unit[s] [ago]`. */
export function parseDate(text: string, now: number): number | null {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'now') return now;
  if (t === 'today') return now;
  if (t === 'yesterday') return now - 86_400_000;
  if (t === 'tomorrow') return now + 86_400_000;
  const epoch = /^@(-?\d+(?:\.\d+)?)$/.exec(t);
  if (epoch) return Math.round(Number(epoch[1]) * 1000);
  const relative = /^([+-]?\d+)\s*(second|sec|minute|min|hour|day|week)s?(\s+ago)?$/.exec(t);
  if (relative) {
    const amount = Number(relative[1]) * (UNIT_MS[relative[2] ?? ''] ?? 0);
    return now + (relative[3] ? -amount : amount);
  }
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(z|utc|[+-]\d{2}:?\d{2})?$/.exec(
      t,
    );
  if (!iso) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (zone && zone !== 'z' && zone !== 'utc') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (z) ms -= (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) * 60_000;
  }
  return Number.isNaN(ms) ? null : ms;
}
