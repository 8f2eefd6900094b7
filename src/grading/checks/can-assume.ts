import type { z } from 'zod';
import { askAssume, assumeShape, ONE_CALLER, oneCaller } from './assume.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `can-assume`: the caller (service, IAM identity, account, web identity or SAML user) may assume the role. */
export const canAssumeSchema = checkSchema('can-assume', assumeShape).refine(oneCaller, ONE_CALLER);

/** Passes when the caller (for an account: any of its identities) may assume the role. */
export function canAssume(params: z.output<typeof canAssumeSchema>, ctx: CheckContext): Verdict {
  const answer = askAssume(params, ctx);
  const name = answer.role.name;
  if (answer.missing) return verdict(false, `${answer.caller} cannot assume ${name}: ${answer.missing}`);
  const yes = answer.attempts.find((a) => a.allowed);
  if (yes) return verdict(true, `${yes.who} can assume ${name}: ${yes.reason}`);
  const last = answer.attempts.at(-1);
  const reason = last?.reason ?? 'no attempt was made';
  return answer.attempts.length > 1
    ? verdict(false, `no identity of ${answer.caller} can assume ${name}: ${reason}`)
    : verdict(false, `${answer.caller} cannot assume ${name}: ${reason}`);
}
