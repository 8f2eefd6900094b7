import { awsError } from '../aws-error.ts';
import { decodeAuthorizationMessage } from '../world/authorization-messages.ts';
import type { Operation } from '../world/operation.ts';

/**
 * DecodeAuthorizationMessage: needs sts:DecodeAuthorizationMessage; returns the DecodedMessage JSON text stored when a
 * service (EC2) encoded the denial.
 */
export const decodeAuthorizationMessageOperation: Operation = {
  authorization: () => ({ action: 'sts:DecodeAuthorizationMessage', resource: '*' }),
  run(params, ctx) {
    const decoded = decodeAuthorizationMessage(ctx.state, String(params.EncodedMessage));
    // Wording unverified.
    if (decoded === null)
      return awsError('InvalidAuthorizationMessageException', 'Invalid authorization message', 400);
    return { DecodedMessage: decoded.decodedMessage };
  },
};
