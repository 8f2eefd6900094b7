import type { RoleRecord } from '../iam/state.ts';
import { isoSeconds, type WorldContext } from '../world/operation.ts';
import { assumedRoleArn } from '../world/principal.ts';
import type { StsSession } from './state.ts';

/** What a new role session needs beyond the role. */
export interface SessionRequest {
  readonly accountId: string;
  readonly sessionName: string;
  readonly durationSeconds: number;
  readonly sourceArn: string;
  readonly policy?: string;
  readonly policyArns?: readonly { arn?: string }[];
  readonly mfa?: boolean;
}

/** Stores a new role session (ASIA… credentials) and returns it. */
export function issueRoleSession(ctx: WorldContext, role: RoleRecord, request: SessionRequest): StsSession {
  const session: StsSession = {
    accessKeyId: ctx.ids.uniqueId('sessionAccessKey'),
    secretAccessKey: ctx.ids.secretAccessKey(),
    sessionToken: ctx.ids.sessionToken(),
    expiration: isoSeconds(new Date(ctx.now.getTime() + request.durationSeconds * 1000)),
    accountId: request.accountId,
    roleKey: role.roleName.toLowerCase(),
    roleName: role.roleName,
    rolePath: role.path,
    roleId: role.roleId,
    sessionName: request.sessionName,
    policy: request.policy ?? null,
    policyArns: (request.policyArns ?? []).flatMap((d) => (d.arn === undefined ? [] : [d.arn])),
    tags: [],
    mfa: request.mfa ?? false,
    issued: ctx.timestamp,
    sourceArn: request.sourceArn,
    chained: false,
  };
  ctx.state.sessions[session.accessKeyId] = session;
  role.lastUsed = { date: ctx.timestamp, region: 'us-east-1' };
  return session;
}

/** The `Credentials` and `AssumedRoleUser` members of an AssumeRole* answer. */
export function sessionOutput(session: StsSession): Record<string, unknown> {
  return {
    Credentials: {
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: session.secretAccessKey,
      SessionToken: session.sessionToken,
      Expiration: session.expiration,
    },
    AssumedRoleUser: {
      AssumedRoleId: `${session.roleId}:${session.sessionName}`,
      Arn: assumedRoleArn(session.accountId, session.roleName, session.sessionName),
    },
  };
}
