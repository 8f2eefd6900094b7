import { verifyMfaCode } from '../iam/mfa-devices.ts';
import { NotSimulated } from '../not-simulated.ts';
import { isoSeconds, type Operation } from '../world/operation.ts';
import { stsErrors } from './errors.ts';
import type { UserSessionToken } from './state.ts';

type P = { DurationSeconds?: number; SerialNumber?: string; TokenCode?: string };

/** IAM user sessions last 900 s to 129,600 s, 43,200 s by default (GetSessionToken API reference). */
const DEFAULT_DURATION = 43_200;

/**
 * GetSessionToken ("Permissions for GetSessionToken": no permission is needed, policies cannot control it): temporary
 * credentials for the calling IAM user — the same ARN and policies — optionally authenticated with MFA, which gives
 * later calls aws:MultiFactorAuthPresent = true and aws:MultiFactorAuthAge. Role sessions and GetSessionToken
 * credentials cannot call it.
 */
export const getSessionToken: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const { principal } = ctx;
    if (principal.kind === 'session' || (principal.kind === 'user' && principal.token)) {
      return stsErrors.sessionCredentials('GetSessionToken');
    }
    // Learners never hold root credentials in the sandbox; graders calling as root get a simulator error.
    if (principal.kind === 'root') throw new NotSimulated({ detail: 'for root credentials' });
    // The model already bounds DurationSeconds to 900–129,600.
    const duration = p.DurationSeconds ?? DEFAULT_DURATION;
    const mfa = p.SerialNumber !== undefined && p.TokenCode !== undefined;
    if (
      mfa &&
      !verifyMfaCode(
        ctx.account,
        principal.userName,
        p.SerialNumber ?? '',
        p.TokenCode ?? '',
        ctx.now.getTime(),
      )
    )
      return stsErrors.mfaFailed();
    const token: UserSessionToken = {
      accessKeyId: ctx.ids.uniqueId('sessionAccessKey'),
      secretAccessKey: ctx.ids.secretAccessKey(),
      sessionToken: ctx.ids.sessionToken(),
      expiration: isoSeconds(new Date(ctx.now.getTime() + duration * 1000)),
      accountId: principal.accountId,
      userName: principal.userName,
      userId: principal.userId,
      mfa,
      issued: ctx.timestamp,
    };
    ctx.state.userSessions ??= {};
    ctx.state.userSessions[token.accessKeyId] = token;
    return {
      Credentials: {
        AccessKeyId: token.accessKeyId,
        SecretAccessKey: token.secretAccessKey,
        SessionToken: token.sessionToken,
        Expiration: token.expiration,
      },
    };
  },
};
