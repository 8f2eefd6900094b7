/** A compiled matcher for one pattern. */
export type Matcher = (value: string) => boolean;

const cache = new Map<string, RegExp>();

/** Escapes every RegExp metacharacter so text matches literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Glob → RegExp source. `*` is any run of characters (including `/`), `?` exactly one.
 * With `arnSegments`, a `*` that is not the last character of a colon-delimited segment stays inside the
 * segment: "If the * wildcard is the last character of a resource ARN segment, it can expand to match
 * beyond the colon boundaries" (IAM JSON policy elements: Resource).
 */
export function globSource(pattern: string, arnSegments = false): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      const next = pattern[i + 1];
      source += arnSegments && next !== undefined && next !== ':' ? '[^:]*' : '.*';
    } else if (c === '?') source += '.';
    else source += escapeRegExp(c);
  }
  return source;
}

/** Compiles a glob to an anchored RegExp (cached by pattern and flags). */
export function globRegExp(pattern: string, ignoreCase: boolean, arnSegments = false): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}${arnSegments ? 'a' : 'p'}${pattern}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`^${globSource(pattern, arnSegments)}$`, ignoreCase ? 'is' : 's');
    cache.set(key, re);
  }
  return re;
}

/** Builds a matcher, with fast paths for `*` and wildcard-free patterns. */
export function globMatcher(pattern: string, ignoreCase: boolean, arnSegments = false): Matcher {
  if (pattern === '*') return () => true;
  if (!/[*?]/.test(pattern)) {
    if (!ignoreCase) return (value) => value === pattern;
    const lower = pattern.toLowerCase();
    return (value) => value.length === lower.length && value.toLowerCase() === lower;
  }
  const re = globRegExp(pattern, ignoreCase, arnSegments);
  return (value) => re.test(value);
}

/** One-off glob test (uncompiled callers such as the validator). */
export function wildcardMatches(pattern: string, value: string, ignoreCase: boolean): boolean {
  return globRegExp(pattern, ignoreCase).test(value);
}

/** Combines matchers with OR. */
export function anyOf(matchers: readonly Matcher[]): Matcher {
  if (matchers.length === 1) return matchers[0] as Matcher;
  return (value) => {
    for (const m of matchers) if (m(value)) return true;
    return false;
  };
}
