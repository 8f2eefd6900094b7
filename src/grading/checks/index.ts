import { z } from 'zod';
import { allowed, allowedSchema } from './allowed.ts';
import { canAssume, canAssumeSchema } from './can-assume.ts';
import { cannotAssume, cannotAssumeSchema } from './cannot-assume.ts';
import { cloudtrailEvent, cloudtrailEventSchema } from './cloudtrail-event.ts';
import {
  currentCredentialsAreRole,
  currentCredentialsAreRoleSchema,
} from './current-credentials-are-role.ts';
import { denied, deniedSchema } from './denied.ts';
import { instanceProfileHasRole, instanceProfileHasRoleSchema } from './instance-profile-has-role.ts';
import { instanceUsesProfile, instanceUsesProfileSchema } from './instance-uses-profile.ts';
import { maxSessionDuration, maxSessionDurationSchema } from './max-session-duration.ts';
import { noLintFinding, noLintFindingSchema } from './no-lint-finding.ts';
import { resourceExists, resourceExistsSchema } from './resource-exists.ts';
import { resourceNotDeleted, resourceNotDeletedSchema } from './resource-not-deleted.ts';
import { roleAbsent, roleAbsentSchema } from './role-absent.ts';
import { roleExists, roleExistsSchema } from './role-exists.ts';
import type { CheckContext, CheckResult, Verdict } from './types.ts';

export type { CheckContext, CheckResult, Verdict } from './types.ts';

/** One check as written in exercise.yaml: `kind` picks its parameters. */
export const checkSpecSchema = z
  .discriminatedUnion('kind', [
    roleExistsSchema,
    roleAbsentSchema,
    canAssumeSchema,
    cannotAssumeSchema,
    allowedSchema,
    deniedSchema,
    noLintFindingSchema,
    maxSessionDurationSchema,
    instanceProfileHasRoleSchema,
    instanceUsesProfileSchema,
    currentCredentialsAreRoleSchema,
    cloudtrailEventSchema,
    resourceExistsSchema,
    resourceNotDeletedSchema,
  ])
  .describe('A check: asks the simulation a question about the world');

/** A validated check. */
export type CheckSpec = z.output<typeof checkSpecSchema>;
/** Every check kind. */
export type CheckKind = CheckSpec['kind'];

type Runners = {
  readonly [K in CheckKind]: (spec: Extract<CheckSpec, { kind: K }>, ctx: CheckContext) => Verdict;
};

const RUNNERS: Runners = {
  'role-exists': roleExists,
  'role-absent': roleAbsent,
  'can-assume': canAssume,
  'cannot-assume': cannotAssume,
  allowed,
  denied,
  'no-lint-finding': noLintFinding,
  'max-session-duration': maxSessionDuration,
  'instance-profile-has-role': instanceProfileHasRole,
  'instance-uses-profile': instanceUsesProfile,
  'current-credentials-are-role': currentCredentialsAreRole,
  'cloudtrail-event': cloudtrailEvent,
  'resource-exists': resourceExists,
  'resource-not-deleted': resourceNotDeleted,
};

/**
 * Must-deny kinds: they fail when access is broader than asked. Every exercise needs at least one, so an
 * over-broad fix (`Principal: "*"`, `Action: "*"`) cannot pass.
 */
export const MUST_DENY_KINDS: readonly CheckKind[] = ['denied', 'cannot-assume'];

/** Runs one check against the world; a throw inside a check is a grader bug and propagates. */
export function runCheck(spec: CheckSpec, ctx: CheckContext): CheckResult {
  const run = RUNNERS[spec.kind] as (s: CheckSpec, c: CheckContext) => Verdict;
  const { passed, feedback } = run(spec, ctx);
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title ?? defaultTitle(spec),
    passed,
    points: passed ? spec.points : 0,
    maxPoints: spec.points,
    feedback,
  };
}

/** A readable name for a check without a `title`. */
export function defaultTitle(spec: CheckSpec): string {
  switch (spec.kind) {
    case 'role-exists':
      return `Role ${spec.role} exists`;
    case 'role-absent':
      return `Role ${spec.role} is deleted`;
    case 'can-assume':
    case 'cannot-assume': {
      const who = spec.principal ?? spec.webIdentity?.provider ?? `SAML ${spec.saml?.provider ?? ''}`;
      return `${who} ${spec.kind === 'can-assume' ? 'can' : 'cannot'} assume ${spec.role}`;
    }
    case 'allowed':
    case 'denied':
      return `${spec.principal === 'current' ? 'Your shell' : spec.principal} ${spec.kind === 'allowed' ? 'can' : 'cannot'} ${spec.action.join(', ')} on ${spec.resource}`;
    case 'no-lint-finding':
      return `${spec.role ?? spec.policy} has no ${spec.code.join('/')} finding`;
    case 'max-session-duration':
      return `${spec.role} sessions last ${spec.min}–${spec.max} seconds at most`;
    case 'instance-profile-has-role':
      return `Instance profile ${spec.profile} holds ${spec.role}`;
    case 'instance-uses-profile':
      return `Instance ${spec.instance} uses ${spec.profile ?? `a profile with ${spec.role}`}`;
    case 'current-credentials-are-role':
      return `Your shell works as a session of ${spec.role}`;
    case 'cloudtrail-event':
      return `CloudTrail shows ${spec.eventName}`;
    case 'resource-exists':
      return `${spec.type} ${spec.name} exists`;
    case 'resource-not-deleted':
      return `${spec.type} ${spec.name} is kept`;
  }
}
