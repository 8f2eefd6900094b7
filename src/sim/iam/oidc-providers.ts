import type { Operation, OperationContext } from '../world/operation.ts';
import { iamErrors } from './errors.ts';
import { identityErrors } from './identity-errors.ts';
import type { OidcProviderRecord, Tag } from './state.ts';

type P = {
  Url: string;
  ClientIDList?: string[];
  ThumbprintList?: string[];
  Tags?: Tag[];
  OpenIDConnectProviderArn: string;
  ClientID: string;
};

/** "You can include up to five thumbprints"; up to 100 client IDs (IAM quotas). */
const MAX_THUMBPRINTS = 5;
const MAX_CLIENT_IDS = 100;

/** The provider ARN for a URL: the URL without `https://` (and without a trailing slash). */
export function oidcProviderArn(accountId: string, url: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${url.replace(/^https:\/\//i, '').replace(/\/$/, '')}`;
}

const onArn =
  (action: string): Operation['authorization'] =>
  (params) => ({ action, resource: (params as P).OpenIDConnectProviderArn });

function find(ctx: OperationContext, arn: string): OidcProviderRecord | undefined {
  return ctx.account.iam.oidcProviders[arn];
}

/** CreateOpenIDConnectProvider: `https://` URL, one provider per URL, ≤ 5 thumbprints, ≤ 100 client ids. */
export const createOpenIdConnectProvider: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:CreateOpenIDConnectProvider',
    resource: oidcProviderArn(ctx.account.id, (params as P).Url),
  }),
  run(params, ctx) {
    const p = params as P;
    // Wording unverified.
    if (!/^https:\/\/[^/\s]+/i.test(p.Url))
      return iamErrors.invalidInput('Invalid Open ID Connect Provider URL');
    const thumbprints = p.ThumbprintList ?? [];
    // Wording unverified.
    if (thumbprints.length > MAX_THUMBPRINTS)
      return iamErrors.invalidInput('Thumbprint list must contain fewer than 5 entries.');
    if (thumbprints.some((t) => !/^[0-9a-fA-F]{40}$/.test(t)))
      return iamErrors.validation('Thumbprint must be a 40-character hexadecimal SHA-1 fingerprint.'); // wording unverified
    const clientIds = [...new Set(p.ClientIDList ?? [])];
    // Wording unverified.
    if (clientIds.length > MAX_CLIENT_IDS) return awsLimit();
    const arn = oidcProviderArn(ctx.account.id, p.Url);
    if (find(ctx, arn)) return identityErrors.oidcExists(p.Url);
    ctx.account.iam.oidcProviders[arn] = {
      arn,
      url: arn.slice(arn.indexOf('oidc-provider/') + 14),
      clientIds,
      thumbprints: [...thumbprints],
      createDate: ctx.timestamp,
      tags: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
    };
    return { OpenIDConnectProviderArn: arn, ...(p.Tags?.length ? { Tags: p.Tags } : {}) };
  },
};

function awsLimit() {
  return iamErrors.invalidInput('Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100');
}

/** GetOpenIDConnectProvider: Url without the scheme, ClientIDList, ThumbprintList, CreateDate, Tags. */
export const getOpenIdConnectProvider: Operation = {
  authorization: onArn('iam:GetOpenIDConnectProvider'),
  run(params, ctx) {
    const arn = (params as P).OpenIDConnectProviderArn;
    const provider = find(ctx, arn);
    if (!provider) return identityErrors.noSuchOidc(arn);
    return {
      Url: provider.url,
      ClientIDList: [...provider.clientIds],
      ThumbprintList: [...provider.thumbprints],
      CreateDate: provider.createDate,
      Tags: provider.tags.map((t) => ({ ...t })),
    };
  },
};

/** ListOpenIDConnectProviders: ARNs only. */
export const listOpenIdConnectProviders: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListOpenIDConnectProviders',
    resource: `arn:aws:iam::${ctx.account.id}:oidc-provider/*`,
  }),
  run(_params, ctx) {
    return {
      OpenIDConnectProviderList: Object.keys(ctx.account.iam.oidcProviders)
        .sort()
        .map((arn) => ({ Arn: arn })),
    };
  },
};

/** DeleteOpenIDConnectProvider (roles that trust it are left as they are, as in AWS). */
export const deleteOpenIdConnectProvider: Operation = {
  authorization: onArn('iam:DeleteOpenIDConnectProvider'),
  run(params, ctx) {
    const arn = (params as P).OpenIDConnectProviderArn;
    if (!find(ctx, arn)) return identityErrors.noSuchOidc(arn);
    delete ctx.account.iam.oidcProviders[arn];
    return {};
  },
};

/** AddClientIDToOpenIDConnectProvider: adding an existing id is a no-op. */
export const addClientId: Operation = {
  authorization: onArn('iam:AddClientIDToOpenIDConnectProvider'),
  run(params, ctx) {
    const p = params as P;
    const provider = find(ctx, p.OpenIDConnectProviderArn);
    if (!provider) return identityErrors.noSuchOidc(p.OpenIDConnectProviderArn);
    if (!provider.clientIds.includes(p.ClientID)) {
      if (provider.clientIds.length >= MAX_CLIENT_IDS) return awsLimit();
      provider.clientIds.push(p.ClientID);
    }
    return {};
  },
};

/** RemoveClientIDFromOpenIDConnectProvider: removing an absent id is a no-op ("the action returns success"). */
export const removeClientId: Operation = {
  authorization: onArn('iam:RemoveClientIDFromOpenIDConnectProvider'),
  run(params, ctx) {
    const p = params as P;
    const provider = find(ctx, p.OpenIDConnectProviderArn);
    if (!provider) return identityErrors.noSuchOidc(p.OpenIDConnectProviderArn);
    const index = provider.clientIds.indexOf(p.ClientID);
    if (index >= 0) provider.clientIds.splice(index, 1);
    return {};
  },
};

/** UpdateOpenIDConnectProviderThumbprint: replaces the whole list. */
export const updateThumbprint: Operation = {
  authorization: onArn('iam:UpdateOpenIDConnectProviderThumbprint'),
  run(params, ctx) {
    const p = params as P;
    const provider = find(ctx, p.OpenIDConnectProviderArn);
    if (!provider) return identityErrors.noSuchOidc(p.OpenIDConnectProviderArn);
    const list = p.ThumbprintList ?? [];
    if (list.length > MAX_THUMBPRINTS)
      return iamErrors.invalidInput('Thumbprint list must contain fewer than 5 entries.'); // wording unverified
    provider.thumbprints = [...list];
    return {};
  },
};
