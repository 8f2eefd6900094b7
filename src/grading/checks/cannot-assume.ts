import type { z } from 'zod';
import { askAssume, assumeShape, ONE_CALLER, oneCaller } from './assume.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/**
 * `cannot-assume`, a must-deny check: the caller may NOT assume the role. For an account, none of its users and
 * roles may, nor an administrator it could create — so `Principal: "*"` or trusting the whole account fails it.
 */
export const cannotAssumeSchema = checkSchema('cannot-assume', assumeShape).refine(oneCaller, ONE_CALLER);

/** Passes when no attempt is allowed (a role that does not exist cannot be assumed either). */
export function cannotAssume(params: z.output<typeof cannotAssumeSchema>, ctx: CheckContext): Verdict {
  const answer = askAssume(params, ctx);
  const name = answer.role.name;
  if (answer.missing) return verdict(true, `${answer.caller} cannot assume ${name}: ${answer.missing}`);
  const allowed = answer.attempts.filter((a) => a.allowed);
  const yes = allowed.find((a) => a.real) ?? allowed[0];
  if (yes) return verdict(false, `${yes.who} can assume ${name}, but must not: ${yes.reason}`);
  // The last attempt is the account's administrator: the most telling reason.
  const reason = answer.attempts.at(-1)?.reason ?? 'no attempt was made';
  return answer.attempts.length > 1
    ? verdict(true, `no identity of ${answer.caller} can assume ${name}: ${reason}`)
    : verdict(true, `${answer.caller} cannot assume ${name}: ${reason}`);
}
