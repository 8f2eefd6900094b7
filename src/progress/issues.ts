import type * as z from 'zod/mini';

const nouns: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/**
 * Zod error customiser for progress data: plain words for every issue the progress schemas can raise.
 * Returning undefined keeps Zod's own message, which zod/mini (no locale loaded) words as "Invalid input".
 */
export function progressErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `expected ${nouns[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is missing';
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_key':
      // Record keys are ids; the nested issues, already worded by this map, say what is wrong with this one.
      return `id ${issue.issues.map((i) => i.message).join('; ')}`;
    default:
      return undefined;
  }
}

/** Renders a path like `quizzes[0].answers[2].correct`; the top level reads as "progress". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number' || key === '') out += `[${JSON.stringify(key)}]`;
    else out += `${out ? '.' : ''}${String(key)}`;
  }
  return out || 'progress';
}

/** One readable line per issue: `lessons.foo.completedAt: expected an ISO date`. */
export function formatIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}
