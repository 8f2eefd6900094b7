import type { z } from 'zod';
import { accessShape, askAccess } from './access.ts';
import { summaryReason } from './reasons.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/**
 * `denied`, a must-deny check: the user or role session may perform NONE of the listed actions on the resource.
 * It is what makes `Action: "*"` or `Resource: "*"` fail when the task asks for least privilege.
 */
export const deniedSchema = checkSchema('denied', accessShape);

/** Passes when the engine denies every action (explicitly or implicitly). */
export function denied(params: z.output<typeof deniedSchema>, ctx: CheckContext): Verdict {
  const outcome = askAccess(params, ctx);
  if ('missing' in outcome) return verdict(true, `${outcome.who} cannot act: ${outcome.missing}`);
  const allowedOne = outcome.answers.find((a) => a.result.decision === 'Allow');
  if (allowedOne)
    return verdict(
      false,
      `${outcome.who} can ${allowedOne.action} on ${params.resource}, but must not: ${summaryReason(allowedOne.result)}`,
    );
  const first = outcome.answers[0];
  return verdict(
    true,
    `${outcome.who} cannot ${params.action.join(', ')} on ${params.resource}${first ? `: ${summaryReason(first.result)}` : ''}`,
  );
}
