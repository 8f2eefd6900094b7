import type { RoleRecord } from '../iam/state.ts';
import { evaluate } from '../policy/index.ts';
import type { StsSession } from '../sts/state.ts';
import { named } from './effective-policies.ts';
import type { IdGenerator } from './ids.ts';
import { isoSeconds } from './operation.ts';
import type { WorldState } from './state.ts';

/** A role session a service obtained for a resource (an EC2 instance, a Lambda function). */
export interface ServiceSessionRequest {
  /** Service principal, e.g. `ec2.amazonaws.com`. */
  readonly service: string;
  readonly accountId: string;
  readonly role: RoleRecord;
  /** The instance id for EC2, the function name for Lambda. */
  readonly sessionName: string;
  readonly durationSeconds: number;
}

/**
 * True when the role's trust policy lets `service` call sts:AssumeRole: the trust policy alone decides for a service
 * principal ("Granting permissions to an AWS service": the service assumes the role through its trust policy).
 */
export function serviceMayAssume(role: RoleRecord, service: string): boolean {
  const trust = named('resource', 'trust', role.assumeRolePolicyDocument, 'trust policy')[0] ?? null;
  const result = evaluate(
    {
      principal: service,
      action: 'sts:AssumeRole',
      resource: role.arn,
      resourceAccount: role.arn.split(':')[4] ?? '',
      context: { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServicePrincipal': service },
    },
    { resource: trust },
  );
  return result.decision === 'Allow';
}

/**
 * Issues a session of `role` to `service` (what EC2 does for an instance profile and Lambda for an execution role),
 * or null when the trust policy does not let the service assume it. The session is a real STS session: its keys
 * authenticate with `world.call` and it expires with the clock.
 */
export function issueServiceSession(
  state: WorldState,
  ids: IdGenerator,
  now: Date,
  request: ServiceSessionRequest,
): StsSession | null {
  const { role } = request;
  if (!serviceMayAssume(role, request.service)) return null;
  const session: StsSession = {
    accessKeyId: ids.uniqueId('sessionAccessKey'),
    secretAccessKey: ids.secretAccessKey(),
    sessionToken: ids.sessionToken(),
    expiration: isoSeconds(new Date(now.getTime() + request.durationSeconds * 1000)),
    accountId: request.accountId,
    roleKey: role.roleName.toLowerCase(),
    roleName: role.roleName,
    rolePath: role.path,
    roleId: role.roleId,
    sessionName: request.sessionName,
    policy: null,
    policyArns: [],
    tags: [],
    mfa: false,
    issued: isoSeconds(now),
    sourceArn: request.service,
    chained: false,
  };
  state.sessions[session.accessKeyId] = session;
  role.lastUsed = { date: isoSeconds(now), region: 'us-east-1' };
  return session;
}
