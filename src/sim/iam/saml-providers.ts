import type { Operation, OperationContext } from '../world/operation.ts';
import { identityErrors } from './identity-errors.ts';
import type { SamlProviderRecord, Tag } from './state.ts';

type P = { Name: string; SAMLMetadataDocument: string; SAMLProviderArn: string; Tags?: Tag[] };

/** How long the sim's providers stay valid (AWS reads ValidUntil from the metadata; sample metadata rarely has it). */
const VALID_YEARS = 100;

/** The IdP's entityID when `xml` looks like SAML 2.0 metadata (an EntityDescriptor with an IDPSSODescriptor). */
export function metadataEntityId(xml: string): string | null {
  const descriptor = /<(?:\w+:)?EntityDescriptor\b[^>]*\bentityID="([^"]+)"/.exec(xml);
  if (!descriptor?.[1] || !/<(?:\w+:)?IDPSSODescriptor\b/.test(xml)) return null;
  return descriptor[1];
}

/**
 * A small metadata document for `entityId` (scenarios and exercises use it), with a placeholder signing
 * certificate: the API requires at least 1,000 characters.
 */
export function sampleMetadata(entityId: string): string {
  const cert = 'MIIDpDCCAoygAwIBAgIGAXsimulated'.padEnd(900, 'A');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}">`,
    '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
    '<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>',
    `<ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`,
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${entityId}/sso"/>`,
    '</md:IDPSSODescriptor></md:EntityDescriptor>',
  ].join('');
}

const onArn =
  (action: string): Operation['authorization'] =>
  (params) => ({ action, resource: (params as P).SAMLProviderArn });

const find = (ctx: OperationContext, arn: string): SamlProviderRecord | undefined =>
  ctx.account.iam.samlProviders[arn];

/** CreateSAMLProvider: the metadata must be SAML metadata (EntityDescriptor + IDPSSODescriptor). */
export const createSamlProvider: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:CreateSAMLProvider',
    resource: `arn:aws:iam::${ctx.account.id}:saml-provider/${(params as P).Name}`,
  }),
  run(params, ctx) {
    const p = params as P;
    const entityId = metadataEntityId(p.SAMLMetadataDocument);
    if (entityId === null) return identityErrors.badMetadata();
    const arn = `arn:aws:iam::${ctx.account.id}:saml-provider/${p.Name}`;
    if (find(ctx, arn)) return identityErrors.samlExists(p.Name);
    const validUntil = new Date(ctx.now);
    validUntil.setUTCFullYear(validUntil.getUTCFullYear() + VALID_YEARS);
    ctx.account.iam.samlProviders[arn] = {
      arn,
      name: p.Name,
      metadataDocument: p.SAMLMetadataDocument,
      entityId,
      createDate: ctx.timestamp,
      validUntil: `${validUntil.toISOString().slice(0, 19)}Z`,
      tags: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
    };
    return { SAMLProviderArn: arn, ...(p.Tags?.length ? { Tags: p.Tags } : {}) };
  },
};

/** GetSAMLProvider. */
export const getSamlProvider: Operation = {
  authorization: onArn('iam:GetSAMLProvider'),
  run(params, ctx) {
    const arn = (params as P).SAMLProviderArn;
    const provider = find(ctx, arn);
    if (!provider) return identityErrors.noSuchSaml(arn);
    return {
      SAMLMetadataDocument: provider.metadataDocument,
      CreateDate: provider.createDate,
      ValidUntil: provider.validUntil,
      Tags: provider.tags.map((t) => ({ ...t })),
    };
  },
};

/** ListSAMLProviders. */
export const listSamlProviders: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListSAMLProviders',
    resource: `arn:aws:iam::${ctx.account.id}:saml-provider/*`,
  }),
  run(_params, ctx) {
    return {
      SAMLProviderList: Object.values(ctx.account.iam.samlProviders)
        .sort((a, b) => (a.arn < b.arn ? -1 : 1))
        .map((s) => ({ Arn: s.arn, ValidUntil: s.validUntil, CreateDate: s.createDate })),
    };
  },
};

/** UpdateSAMLProvider: new metadata (and so possibly a new entityID). */
export const updateSamlProvider: Operation = {
  authorization: onArn('iam:UpdateSAMLProvider'),
  run(params, ctx) {
    const p = params as P;
    const provider = find(ctx, p.SAMLProviderArn);
    if (!provider) return identityErrors.noSuchSaml(p.SAMLProviderArn);
    if (p.SAMLMetadataDocument !== undefined) {
      const entityId = metadataEntityId(p.SAMLMetadataDocument);
      if (entityId === null) return identityErrors.badMetadata();
      provider.metadataDocument = p.SAMLMetadataDocument;
      provider.entityId = entityId;
    }
    return { SAMLProviderArn: provider.arn };
  },
};

/** DeleteSAMLProvider. */
export const deleteSamlProvider: Operation = {
  authorization: onArn('iam:DeleteSAMLProvider'),
  run(params, ctx) {
    const arn = (params as P).SAMLProviderArn;
    if (!find(ctx, arn)) return identityErrors.noSuchSaml(arn);
    delete ctx.account.iam.samlProviders[arn];
    return {};
  },
};
