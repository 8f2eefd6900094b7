import { awsError } from '../aws-error.ts';
import type { Operation } from '../world/operation.ts';
import { decodeAuthorizationMessage } from './authorization-message.ts';

/** DecodeAuthorizationMessage: needs sts:DecodeAuthorizationMessage; returns AWS's DecodedMessage JSON text. */
export const decodeAuthorizationMessageOperation: Operation = {
  authorization: () => ({ action: 'sts:DecodeAuthorizationMessage', resource: '*' }),
  run(params) {
    const decoded = decodeAuthorizationMessage(String(params.EncodedMessage));
    // Wording unverified.
    if (decoded === null)
      return awsError('InvalidAuthorizationMessageException', 'Invalid authorization message', 400);
    return { DecodedMessage: decoded };
  },
};
