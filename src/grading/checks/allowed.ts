import type { z } from 'zod';
import { accessShape, askAccess } from './access.ts';
import { summaryReason } from './reasons.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `allowed`: the user or role session may perform every listed action on the resource. */
export const allowedSchema = checkSchema('allowed', accessShape);

/** Passes when the engine allows every action; a stricter but still sufficient policy passes too. */
export function allowed(params: z.output<typeof allowedSchema>, ctx: CheckContext): Verdict {
  const outcome = askAccess(params, ctx);
  if ('missing' in outcome) return verdict(false, `${outcome.who} cannot act: ${outcome.missing}`);
  const refused = outcome.answers.find((a) => a.result.decision !== 'Allow');
  if (refused)
    return verdict(
      false,
      `${outcome.who} cannot ${refused.action} on ${params.resource}: ${summaryReason(refused.result)}`,
    );
  const first = outcome.answers[0];
  return verdict(
    true,
    `${outcome.who} can ${params.action.join(', ')} on ${params.resource}${first ? `: ${summaryReason(first.result)}` : ''}`,
  );
}
