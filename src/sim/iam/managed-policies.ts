import type { AwsError } from '../aws-error.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import type { AccountState } from '../world/state.ts';
import { type AwsManagedPolicy, awsManagedPolicies, awsManagedPolicy } from './aws-managed.ts';
import { encodeDocument } from './encode.ts';
import { iamErrors } from './errors.ts';
import { byName } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import { checkDocument } from './policy-checks.ts';
import type { ManagedPolicyRecord, Tag } from './state.ts';

type P = {
  PolicyName: string;
  PolicyArn: string;
  Path?: string;
  PolicyDocument: string;
  Description?: string;
  Tags?: Tag[];
  VersionId: string;
  SetAsDefault?: boolean;
  Scope?: 'All' | 'AWS' | 'Local';
  OnlyAttached?: boolean;
  PathPrefix?: string;
};

const MAX_VERSIONS = 5;

const onPolicy =
  (action: string): Operation['authorization'] =>
  (params) => ({ action, resource: (params as P).PolicyArn });

/** How many users, groups and roles of `account` use `arn` as an attached policy, and as a boundary. */
export function usage(account: AccountState, arn: string): { attachments: number; boundaries: number } {
  const entities = [
    ...Object.values(account.iam.roles),
    ...Object.values(account.iam.users),
    ...Object.values(account.iam.groups),
  ];
  return {
    attachments: entities.filter((e) => e.attachedPolicies.includes(arn)).length,
    boundaries: entities.filter((e) => 'permissionsBoundary' in e && e.permissionsBoundary === arn).length,
  };
}

/** The `Policy` shape for a customer or AWS managed policy (also used by GetAccountAuthorizationDetails). */
export function policyView(
  account: AccountState,
  p: ManagedPolicyRecord | AwsManagedPolicy,
): Record<string, unknown> {
  const { attachments, boundaries } = usage(account, p.arn);
  const customer = 'versions' in p;
  return {
    PolicyName: p.policyName,
    PolicyId: p.policyId,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.defaultVersionId,
    AttachmentCount: attachments,
    PermissionsBoundaryUsageCount: boundaries,
    IsAttachable: true,
    ...(p.description === null ? {} : { Description: p.description }),
    CreateDate: p.createDate,
    UpdateDate: p.updateDate,
    ...(customer && p.tags.length > 0 ? { Tags: p.tags.map((t) => ({ ...t })) } : {}),
  };
}

function customerPolicy(ctx: OperationContext, arn: string): ManagedPolicyRecord | undefined {
  return ctx.account.iam.policies[arn];
}

/** CreatePolicy: a customer managed policy with version v1 as default. */
export const createPolicy: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:CreatePolicy',
    resource: `arn:aws:iam::${ctx.account.id}:policy${(params as P).Path ?? '/'}${(params as P).PolicyName}`,
  }),
  run(params, ctx) {
    const p = params as P;
    const path = p.Path ?? '/';
    const arn = `arn:aws:iam::${ctx.account.id}:policy${path}${p.PolicyName}`;
    const taken = Object.values(ctx.account.iam.policies).some(
      (x) => x.policyName.toLowerCase() === p.PolicyName.toLowerCase(),
    );
    if (taken) return iamErrors.policyExists(p.PolicyName);
    const bad = checkDocument(p.PolicyDocument, 'identity');
    if (bad) return bad;
    const policy: ManagedPolicyRecord = {
      policyName: p.PolicyName,
      policyId: ctx.ids.uniqueId('managedPolicy'),
      arn,
      path,
      defaultVersionId: 'v1',
      description: p.Description ?? null,
      createDate: ctx.timestamp,
      updateDate: ctx.timestamp,
      tags: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
      versions: [{ versionId: 'v1', document: p.PolicyDocument, createDate: ctx.timestamp }],
      nextVersion: 2,
    };
    ctx.account.iam.policies[arn] = policy;
    // CreatePolicy's response has no Description (CreatePolicy API reference example).
    const { Description: _omitted, ...view } = policyView(ctx.account, policy);
    return { Policy: view };
  },
};

/** GetPolicy: customer or AWS managed. */
export const getPolicy: Operation = {
  authorization: onPolicy('iam:GetPolicy'),
  run(params, ctx) {
    const arn = (params as P).PolicyArn;
    const policy = customerPolicy(ctx, arn) ?? awsManagedPolicy(arn);
    return policy ? { Policy: policyView(ctx.account, policy) } : iamErrors.policyNotFound(arn);
  },
};

/** GetPolicyVersion: the version's document, URL-encoded. */
export const getPolicyVersion: Operation = {
  authorization: onPolicy('iam:GetPolicyVersion'),
  run(params, ctx) {
    const { PolicyArn: arn, VersionId: id } = params as P;
    const managed = awsManagedPolicy(arn);
    if (managed) {
      if (id !== managed.defaultVersionId) return iamErrors.versionNotFound(arn, id);
      return { PolicyVersion: versionView(managed.document, id, true, managed.updateDate) };
    }
    const policy = customerPolicy(ctx, arn);
    if (!policy) return iamErrors.policyNotFound(arn);
    const version = policy.versions.find((v) => v.versionId === id);
    if (!version) return iamErrors.versionNotFound(arn, id);
    return {
      PolicyVersion: versionView(version.document, id, id === policy.defaultVersionId, version.createDate),
    };
  },
};

export function versionView(document: string, versionId: string, isDefault: boolean, createDate: string) {
  return {
    Document: encodeDocument(document),
    VersionId: versionId,
    IsDefaultVersion: isDefault,
    CreateDate: createDate,
  };
}

/** ListPolicies: Scope (All/AWS/Local), OnlyAttached, PathPrefix; alphabetical, paged. */
export const listPolicies: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListPolicies',
    resource: `arn:aws:iam::${ctx.account.id}:policy/`,
  }),
  run(params, ctx) {
    const p = params as P;
    const scope = p.Scope ?? 'All';
    const all = [
      ...(scope === 'Local' ? [] : awsManagedPolicies),
      ...(scope === 'AWS' ? [] : Object.values(ctx.account.iam.policies)),
    ].filter((x) => x.path.startsWith(p.PathPrefix ?? '/'));
    const listed = p.OnlyAttached ? all.filter((x) => usage(ctx.account, x.arn).attachments > 0) : all;
    const page = paginate(
      byName(listed, (x) => x.policyName),
      params,
    );
    if ('kind' in page) return page;
    // ListPolicies does not return Description or Tags (ListPolicies API reference).
    const items = page.items.map((x) => {
      const { Description: _d, Tags: _t, ...view } = policyView(ctx.account, x);
      return view;
    });
    return pageResult('Policies', { ...page, items });
  },
};

/** CreatePolicyVersion: at most five versions; SetAsDefault makes it the default. */
export const createPolicyVersion: Operation = {
  authorization: onPolicy('iam:CreatePolicyVersion'),
  run(params, ctx) {
    const p = params as P;
    const policy = customerPolicy(ctx, p.PolicyArn);
    if (!policy) return iamErrors.policyNotFound(p.PolicyArn);
    if (policy.versions.length >= MAX_VERSIONS) return iamErrors.tooManyVersions();
    const bad = checkDocument(p.PolicyDocument, 'identity');
    if (bad) return bad;
    const versionId = `v${policy.nextVersion}`;
    policy.nextVersion += 1;
    policy.versions.push({ versionId, document: p.PolicyDocument, createDate: ctx.timestamp });
    if (p.SetAsDefault) {
      policy.defaultVersionId = versionId;
      policy.updateDate = ctx.timestamp;
    }
    return {
      PolicyVersion: {
        VersionId: versionId,
        IsDefaultVersion: p.SetAsDefault === true,
        CreateDate: ctx.timestamp,
      },
    };
  },
};

/** ListPolicyVersions: newest first. */
export const listPolicyVersions: Operation = {
  authorization: onPolicy('iam:ListPolicyVersions'),
  run(params, ctx) {
    const arn = (params as P).PolicyArn;
    const managed = awsManagedPolicy(arn);
    const policy = customerPolicy(ctx, arn);
    if (!policy && !managed) return iamErrors.policyNotFound(arn);
    const versions = policy
      ? [...policy.versions].reverse().map((v) => ({
          VersionId: v.versionId,
          IsDefaultVersion: v.versionId === policy.defaultVersionId,
          CreateDate: v.createDate,
        }))
      : [{ VersionId: managed?.defaultVersionId, IsDefaultVersion: true, CreateDate: managed?.updateDate }];
    const page = paginate(versions, params);
    return 'kind' in page ? page : pageResult('Versions', page);
  },
};

/** SetDefaultPolicyVersion. */
export const setDefaultPolicyVersion: Operation = {
  authorization: onPolicy('iam:SetDefaultPolicyVersion'),
  run(params, ctx) {
    const p = params as P;
    const policy = customerPolicy(ctx, p.PolicyArn);
    if (!policy) return iamErrors.policyNotFound(p.PolicyArn);
    if (!policy.versions.some((v) => v.versionId === p.VersionId))
      return iamErrors.versionNotFound(p.PolicyArn, p.VersionId);
    policy.defaultVersionId = p.VersionId;
    policy.updateDate = ctx.timestamp;
    return {};
  },
};

/** DeletePolicyVersion: never the default version. */
export const deletePolicyVersion: Operation = {
  authorization: onPolicy('iam:DeletePolicyVersion'),
  run(params, ctx) {
    const p = params as P;
    const policy = customerPolicy(ctx, p.PolicyArn);
    if (!policy) return iamErrors.policyNotFound(p.PolicyArn);
    const index = policy.versions.findIndex((v) => v.versionId === p.VersionId);
    if (index < 0) return iamErrors.versionNotFound(p.PolicyArn, p.VersionId);
    if (p.VersionId === policy.defaultVersionId) return iamErrors.defaultVersion();
    policy.versions.splice(index, 1);
    return {};
  },
};

/** DeletePolicy: refused while attached anywhere or while it has non-default versions. */
export const deletePolicy: Operation = {
  authorization: onPolicy('iam:DeletePolicy'),
  run(params, ctx): Record<string, unknown> | AwsError {
    const arn = (params as P).PolicyArn;
    const policy = customerPolicy(ctx, arn);
    if (!policy) return iamErrors.policyNotFound(arn);
    const { attachments, boundaries } = usage(ctx.account, arn);
    if (attachments + boundaries > 0) return iamErrors.policyAttached();
    if (policy.versions.length > 1) return iamErrors.policyHasVersions();
    delete ctx.account.iam.policies[arn];
    return {};
  },
};
