import { isoSeconds } from '../world/operation.ts';
import { issueServiceSession } from '../world/service-session.ts';
import type { AccountState, WorldState } from '../world/state.ts';
import type { World } from '../world/world.ts';
import { imdsJson } from './imds-pages.ts';
import { associationOf, type InstanceRecord } from './state.ts';

/** Instance-profile credentials last 6 hours (the Expiration in public IMDS transcripts is ~6 h after LastUpdated). */
const DURATION_SECONDS = 6 * 3600;
/** "We make new credentials available at least five minutes before the expiration of the old credentials." */
const REFRESH_BEFORE_MS = 5 * 60 * 1000;

/** What IMDS knows about the instance's role: the profile, the role name and current credentials or failure. */
export interface InstanceRole {
  readonly profileArn: string;
  readonly profileId: string;
  readonly roleName: string;
  /** The credentials JSON fields, or null when EC2 could not assume the role. */
  readonly credentials: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly token: string;
    readonly expiration: string;
    readonly lastUpdated: string;
  } | null;
  readonly lastUpdated: string;
}

/**
 * The role attached through the instance's profile association and a live session of it, assumed by
 * `ec2.amazonaws.com` with the instance id as session name; re-issued before expiry or when the role changes.
 * Null when the instance has no profile or the profile holds no role.
 */
export function instanceRole(
  world: World,
  account: AccountState,
  instance: InstanceRecord,
): InstanceRole | null {
  const association = associationOf(account.ec2, instance.instanceId);
  const profile = association ? account.iam.instanceProfiles[association.profileKey] : undefined;
  const roleKey = profile?.roles[0];
  const role = roleKey ? account.iam.roles[roleKey] : undefined;
  if (!association || !role || !roleKey) return null;
  const now = world.clock.now();
  const base = {
    profileArn: association.profileArn,
    profileId: association.profileId,
    roleName: role.roleName,
  };
  const current = liveSession(world.state, instance, roleKey, now);
  if (current) return { ...base, credentials: current, lastUpdated: current.lastUpdated };
  const session = issueServiceSession(world.state, world.ids, now, {
    service: 'ec2.amazonaws.com',
    accountId: account.id,
    role,
    sessionName: instance.instanceId,
    durationSeconds: DURATION_SECONDS,
  });
  const lastUpdated = isoSeconds(now);
  if (!session) {
    instance.imdsCredentials = null;
    return { ...base, credentials: null, lastUpdated };
  }
  instance.imdsCredentials = { accessKeyId: session.accessKeyId, roleKey, lastUpdated };
  return {
    ...base,
    lastUpdated,
    credentials: {
      accessKeyId: session.accessKeyId,
      secretAccessKey: session.secretAccessKey,
      token: session.sessionToken,
      expiration: session.expiration,
      lastUpdated,
    },
  };
}

function liveSession(state: WorldState, instance: InstanceRecord, roleKey: string, now: Date) {
  const held = instance.imdsCredentials;
  if (!held || held.roleKey !== roleKey) return null;
  const session = state.sessions[held.accessKeyId];
  if (!session || Date.parse(session.expiration) - now.getTime() <= REFRESH_BEFORE_MS) return null;
  return {
    accessKeyId: session.accessKeyId,
    secretAccessKey: session.secretAccessKey,
    token: session.sessionToken,
    expiration: session.expiration,
    lastUpdated: held.lastUpdated,
  };
}

/** `iam/info`. When EC2 cannot assume the role: Code AssumeRoleUnauthorizedAccess and a Message. */
export function iamInfo(role: InstanceRole): string {
  if (!role.credentials) return failure(role);
  return imdsJson({
    Code: 'Success',
    LastUpdated: role.lastUpdated,
    InstanceProfileArn: role.profileArn,
    InstanceProfileId: role.profileId,
  });
}

/** `iam/security-credentials/ROLE`, field order as real IMDS prints it. */
export function securityCredentials(role: InstanceRole): string {
  const c = role.credentials;
  if (!c) return failure(role);
  return imdsJson({
    Code: 'Success',
    LastUpdated: c.lastUpdated,
    Type: 'AWS-HMAC',
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    Token: c.token,
    Expiration: c.expiration,
  });
}

/**
 * The failure document (the Code is reported by amazon-ecs-agent #5134 and aws-cli #2060; the Message text is from
 * memory of the IAM troubleshooting guide). wording unverified
 */
function failure(role: InstanceRole): string {
  return imdsJson({
    Code: 'AssumeRoleUnauthorizedAccess',
    Message: `EC2 cannot assume the role ${role.roleName}.  Please see documentation at https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html#troubleshoot_iam-ec2_errors-info-doc.`,
    LastUpdated: role.lastUpdated,
  });
}
