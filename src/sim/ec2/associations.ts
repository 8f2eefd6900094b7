import { isAwsError } from '../aws-error.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { ec2Authorize, instanceArn } from './authorize.ts';
import { ec2Errors } from './errors.ts';
import { applyFilters, type Filter } from './filters.ts';
import { authorizePassRole, type ProfileSpec, resolveProfile } from './profile-lookup.ts';
import { associationOf, type ProfileAssociation } from './state.ts';

type P = {
  InstanceId: string;
  AssociationId: string;
  IamInstanceProfile: ProfileSpec;
  AssociationIds?: string[];
  Filters?: Filter[];
};

/** The `IamInstanceProfileAssociation` shape, with the state the response should report. */
function view(a: ProfileAssociation, state: ProfileAssociation['state'] = a.state): Record<string, unknown> {
  return {
    AssociationId: a.associationId,
    InstanceId: a.instanceId,
    IamInstanceProfile: { Arn: a.profileArn, Id: a.profileId },
    State: state,
    Timestamp: a.timestamp,
  };
}

function record(
  ctx: OperationContext,
  instanceId: string,
  profile: { key: string; profile: { arn: string; instanceProfileId: string } },
): ProfileAssociation {
  const association: ProfileAssociation = {
    associationId: ctx.ids.hexId('iip-assoc-'),
    instanceId,
    profileArn: profile.profile.arn,
    profileId: profile.profile.instanceProfileId,
    profileKey: profile.key,
    state: 'associated',
    timestamp: `${ctx.timestamp.slice(0, 19)}.000Z`,
  };
  ctx.account.ec2.associations[association.associationId] = association;
  const instance = ctx.account.ec2.instances[instanceId];
  if (instance) instance.imdsCredentials = null;
  return association;
}

/** AssociateIamInstanceProfile: one association per instance; the response says `associating`. */
export const associateIamInstanceProfile: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const instance = ctx.account.ec2.instances[p.InstanceId];
    if (!instance || instance.state === 'terminated') return ec2Errors.instanceNotFound([p.InstanceId]);
    const denied = ec2Authorize(ctx, {
      action: 'ec2:AssociateIamInstanceProfile',
      resource: instanceArn(ctx, p.InstanceId),
    });
    if (denied) return denied;
    const profile = resolveProfile(ctx, p.IamInstanceProfile);
    if (isAwsError(profile)) return profile;
    const passDenied = authorizePassRole(ctx, profile);
    if (passDenied) return passDenied;
    if (associationOf(ctx.account.ec2, p.InstanceId)) return ec2Errors.existingAssociation(p.InstanceId);
    return { IamInstanceProfileAssociation: view(record(ctx, p.InstanceId, profile), 'associating') };
  },
};

/** DisassociateIamInstanceProfile: the response says `disassociating`; the association is then gone. */
export const disassociateIamInstanceProfile: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const association = ctx.account.ec2.associations[p.AssociationId];
    if (!association) return ec2Errors.associationNotFound(p.AssociationId);
    const denied = ec2Authorize(ctx, {
      action: 'ec2:DisassociateIamInstanceProfile',
      resource: instanceArn(ctx, association.instanceId),
    });
    if (denied) return denied;
    delete ctx.account.ec2.associations[p.AssociationId];
    const instance = ctx.account.ec2.instances[association.instanceId];
    if (instance) instance.imdsCredentials = null;
    return { IamInstanceProfileAssociation: view(association, 'disassociating') };
  },
};

/**
 * ReplaceIamInstanceProfileAssociation: only for a running instance's active association (aws-cli #5251); AWS
 * answers with a new association id in state `associating`.
 */
export const replaceIamInstanceProfileAssociation: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const old = ctx.account.ec2.associations[p.AssociationId];
    if (!old) return ec2Errors.associationNotFound(p.AssociationId);
    const denied = ec2Authorize(ctx, {
      action: 'ec2:ReplaceIamInstanceProfileAssociation',
      resource: instanceArn(ctx, old.instanceId),
    });
    if (denied) return denied;
    const profile = resolveProfile(ctx, p.IamInstanceProfile);
    if (isAwsError(profile)) return profile;
    const passDenied = authorizePassRole(ctx, profile);
    if (passDenied) return passDenied;
    if (ctx.account.ec2.instances[old.instanceId]?.state !== 'running')
      return ec2Errors.notActiveAssociation(p.AssociationId);
    delete ctx.account.ec2.associations[p.AssociationId];
    return { IamInstanceProfileAssociation: view(record(ctx, old.instanceId, profile), 'associating') };
  },
};

/** DescribeIamInstanceProfileAssociations: by ids, or filtered by instance-id / state. */
export const describeIamInstanceProfileAssociations: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const denied = ec2Authorize(ctx, { action: 'ec2:DescribeIamInstanceProfileAssociations', resource: '*' });
    if (denied) return denied;
    const all = Object.values(ctx.account.ec2.associations);
    const ids = p.AssociationIds ?? [];
    const missing = ids.find((id) => !ctx.account.ec2.associations[id]);
    if (missing) return ec2Errors.associationNotFound(missing);
    const wanted = ids.length > 0 ? all.filter((a) => ids.includes(a.associationId)) : all;
    const filtered = applyFilters(wanted, p.Filters ?? [], (a, name) =>
      name === 'instance-id' ? [a.instanceId] : name === 'state' ? [a.state] : undefined,
    );
    if (!Array.isArray(filtered)) return filtered;
    return { IamInstanceProfileAssociations: filtered.map((a) => view(a)) };
  },
};
