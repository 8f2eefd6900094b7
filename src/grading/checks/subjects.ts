import type { RoleRecord, Tag, UserRecord } from '../../sim/iam/state.ts';
import { type EvalResult, evaluate } from '../../sim/policy/index.ts';
import type { StsSession } from '../../sim/sts/state.ts';
import { callerPolicies, named } from '../../sim/world/effective-policies.ts';
import type { AuthRequest } from '../../sim/world/operation.ts';
import { type Principal, rootArn } from '../../sim/world/principal.ts';
import type { WorldState } from '../../sim/world/state.ts';

/** Session details a check can give a role session it evaluates as. */
export interface SessionOptions {
  /** Inline session policy text. */
  readonly policy?: string | null;
  readonly policyArns?: readonly string[];
  readonly tags?: readonly Tag[];
  readonly sessionName?: string;
}

/** The world's principal for an existing IAM user (as if signing with its access key). */
export function userPrincipal(accountId: string, user: UserRecord): Principal {
  const userKey = user.userName.toLowerCase();
  return { kind: 'user', accountId, arn: user.arn, userKey, userName: user.userName, userId: user.userId };
}

/**
 * A session of `role` that exists only for the question (never stored in the world): what the role's permissions,
 * boundary and the given session policies allow, whoever assumed it.
 */
export function roleSessionPrincipal(
  accountId: string,
  role: RoleRecord,
  now: Date,
  options: SessionOptions = {},
): Principal {
  const sessionName = options.sessionName ?? 'grader';
  const session: StsSession = {
    accessKeyId: '',
    secretAccessKey: '',
    sessionToken: '',
    expiration: new Date(now.getTime() + 3600_000).toISOString(),
    accountId,
    roleKey: role.roleName.toLowerCase(),
    roleName: role.roleName,
    rolePath: role.path,
    roleId: role.roleId,
    sessionName,
    policy: options.policy ?? null,
    policyArns: [...(options.policyArns ?? [])],
    tags: [...(options.tags ?? [])],
    mfa: false,
    issued: `${now.toISOString().slice(0, 19)}Z`,
    sourceArn: 'grader',
    chained: false,
  };
  return {
    kind: 'session',
    accountId,
    arn: `arn:aws:sts::${accountId}:assumed-role/${role.roleName}/${sessionName}`,
    session,
  };
}

const ADMIN = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/**
 * Evaluates `request` as a hypothetical identity of `accountId` that its own administrators allow everything (SCPs
 * still apply): the strongest caller that account could set up. The trust or resource policy alone then decides
 * whether that account can get in.
 */
export function evaluateAsAccount(
  state: WorldState,
  accountId: string,
  now: Date,
  request: AuthRequest,
  resourceKind: 'trust' | 'resource',
): EvalResult {
  const { scps } = callerPolicies(state, { kind: 'root', accountId, arn: rootArn(accountId) });
  const arn = `arn:aws:iam::${accountId}:user/any-identity`;
  const resource =
    request.resourcePolicy == null
      ? null
      : (named('resource', resourceKind, request.resourcePolicy, 'trust policy')[0] ?? null);
  return evaluate(
    {
      principal: arn,
      action: request.action,
      resource: request.resource,
      resourceAccount: request.resourceAccount ?? accountId,
      context: {
        'aws:PrincipalArn': arn,
        'aws:PrincipalAccount': accountId,
        'aws:PrincipalType': 'User',
        'aws:CurrentTime': `${now.toISOString().slice(0, 19)}Z`,
        'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
        'aws:SecureTransport': 'true',
        ...request.context,
      },
    },
    { identity: named('identity', 'identity', ADMIN, 'administrator access'), scps: scps ?? null, resource },
  );
}
