import type { Operation, Params } from '../world/operation.ts';
import { iamErrors } from './errors.ts';
import { identityErrors } from './identity-errors.ts';
import { roleView } from './role-view.ts';
import { SERVICE_LINKED_ROLES } from './service-linked-catalog.ts';
import type { RoleRecord } from './state.ts';

type P = {
  AWSServiceName: string;
  Description?: string;
  CustomSuffix?: string;
  RoleName: string;
  DeletionTaskId: string;
};

/** Path prefix of every service-linked role: `/aws-service-role/<service principal>/`. */
export const SERVICE_ROLE_PATH = '/aws-service-role/';

/**
 * The name a service-linked role gets, `_suffix` appended when given. For a service the catalog does not hold (and
 * that CreateServiceLinkedRole refuses) it is the old guess `AWSServiceRoleFor` + the capitalised first label, used
 * only as the resource of the authorization request; AWS's resource for such a request is unverified.
 */
function serviceRoleName(service: string, suffix?: string): string {
  const prefix = service.split('.')[0] ?? service;
  const base =
    SERVICE_LINKED_ROLES[service]?.roleName ??
    `AWSServiceRoleFor${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}`;
  return suffix ? `${base}_${suffix}` : base;
}

/** True when a role is service-linked (and so only modifiable by AWS). */
export function isServiceLinked(role: Pick<RoleRecord, 'path'>): boolean {
  return role.path.startsWith(SERVICE_ROLE_PATH);
}

/**
 * Wraps a role-modifying operation so it fails on service-linked roles as AWS does (UnmodifiableEntity), before its
 * own checks run.
 */
export function protectServiceLinked(operation: Operation): Operation {
  return {
    authorization: operation.authorization,
    run(params: Params, ctx) {
      const name = typeof params.RoleName === 'string' ? params.RoleName : '';
      const role = ctx.account.iam.roles[name.toLowerCase()];
      if (role && isServiceLinked(role)) return identityErrors.unmodifiable(role.roleName);
      return operation.run(params, ctx);
    },
  };
}

/**
 * CreateServiceLinkedRole: the service's `AWSServiceRoleFor…` role under `/aws-service-role/<service>/`, trusting only
 * that service, with the service's AWS managed policy attached (service-linked-catalog.ts). Description is only what
 * the request gives: roles created through the API carry none (CLI transcripts of `create-service-linked-role` for
 * spot.amazonaws.com and elasticbeanstalk.amazonaws.com; LocalStack's recordings note the description depends on
 * whether the service or a person created the role).
 */
export const createServiceLinkedRole: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:CreateServiceLinkedRole',
    resource: `arn:aws:iam::${ctx.account.id}:role${SERVICE_ROLE_PATH}${(params as P).AWSServiceName}/${serviceRoleName((params as P).AWSServiceName, (params as P).CustomSuffix)}`,
    context: { 'iam:AWSServiceName': (params as P).AWSServiceName },
  }),
  run(params, ctx) {
    const p = params as P;
    const spec = SERVICE_LINKED_ROLES[p.AWSServiceName];
    if (!spec) return identityErrors.noServiceLinkedRole();
    if (p.CustomSuffix !== undefined && !spec.customSuffix)
      return identityErrors.suffixNotAllowed(p.AWSServiceName);
    const name = serviceRoleName(p.AWSServiceName, p.CustomSuffix);
    if (ctx.account.iam.roles[name.toLowerCase()]) return identityErrors.slrTaken(name);
    const path = `${SERVICE_ROLE_PATH}${p.AWSServiceName}/`;
    const role: RoleRecord = {
      path,
      roleName: name,
      roleId: ctx.ids.uniqueId('role'),
      arn: `arn:aws:iam::${ctx.account.id}:role${path}${name}`,
      createDate: ctx.timestamp,
      assumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: p.AWSServiceName }, Action: 'sts:AssumeRole' }],
      }),
      description: p.Description ?? null,
      maxSessionDuration: 3600,
      permissionsBoundary: null,
      tags: [],
      inlinePolicies: {},
      attachedPolicies: [`arn:aws:iam::aws:policy${SERVICE_ROLE_PATH}${spec.policyName}`],
      lastUsed: null,
    };
    ctx.account.iam.roles[name.toLowerCase()] = role;
    return { Role: roleView(role, 'create') };
  },
};

/** DeleteServiceLinkedRole: returns a DeletionTaskId; the sim deletes at once and reports SUCCEEDED. */
export const deleteServiceLinkedRole: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:DeleteServiceLinkedRole',
    resource:
      ctx.account.iam.roles[(params as P).RoleName.toLowerCase()]?.arn ??
      `arn:aws:iam::${ctx.account.id}:role/${(params as P).RoleName}`,
  }),
  run(params, ctx) {
    const p = params as P;
    const role = ctx.account.iam.roles[p.RoleName.toLowerCase()];
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    // Wording unverified.
    if (!isServiceLinked(role))
      return iamErrors.invalidInput(`Role ${p.RoleName} is not a service-linked role.`);
    const service = role.path.slice(SERVICE_ROLE_PATH.length, -1);
    const id = `task/aws-service-role/${service}/${role.roleName}/${ctx.ids.uuid()}`;
    delete ctx.account.iam.roles[p.RoleName.toLowerCase()];
    ctx.account.iam.deletionTasks[id] = { id, roleName: role.roleName, status: 'SUCCEEDED' };
    return { DeletionTaskId: id };
  },
};

/** GetServiceLinkedRoleDeletionStatus. */
export const getServiceLinkedRoleDeletionStatus: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:GetServiceLinkedRoleDeletionStatus',
    resource: `arn:aws:iam::${ctx.account.id}:role${SERVICE_ROLE_PATH}*`,
  }),
  run(params, ctx) {
    const id = (params as P).DeletionTaskId;
    const task = ctx.account.iam.deletionTasks[id];
    if (!task) return identityErrors.noSuchDeletionTask(id);
    return { Status: task.status };
  },
};
