import { oidcProviderArn } from '../iam/oidc-providers.ts';
import { sampleMetadata } from '../iam/saml-providers.ts';
import type { World } from '../world/world.ts';
import { ScenarioError } from './load.ts';
import type { Scenario } from './schema.ts';

/** Creates the scenario's OIDC and SAML providers directly in state (CloudTrail's event history starts empty). */
export function buildIdentityProviders(world: World, s: Scenario, created: string): void {
  const iamOf = (field: string, id: string) => {
    const account = world.state.accounts[id];
    if (!account) throw new ScenarioError(s.name, field, `account ${id} is not listed under accounts`);
    return account.iam;
  };
  s.oidcProviders.forEach((p, i) => {
    const iam = iamOf(`oidcProviders[${i}].account`, p.account);
    const arn = oidcProviderArn(p.account, p.url);
    if (iam.oidcProviders[arn])
      throw new ScenarioError(s.name, `oidcProviders[${i}].url`, `${p.url} is listed twice`);
    iam.oidcProviders[arn] = {
      arn,
      url: arn.slice(arn.indexOf('oidc-provider/') + 'oidc-provider/'.length),
      clientIds: [...new Set(p.clientIds)],
      thumbprints: [],
      createDate: created,
      tags: [],
    };
  });
  s.samlProviders.forEach((p, i) => {
    const iam = iamOf(`samlProviders[${i}].account`, p.account);
    const arn = `arn:aws:iam::${p.account}:saml-provider/${p.name}`;
    if (iam.samlProviders[arn])
      throw new ScenarioError(s.name, `samlProviders[${i}].name`, `${p.name} is listed twice`);
    const validUntil = new Date(created);
    validUntil.setUTCFullYear(validUntil.getUTCFullYear() + 100); // what CreateSAMLProvider sets
    iam.samlProviders[arn] = {
      arn,
      name: p.name,
      metadataDocument: sampleMetadata(p.entityId),
      entityId: p.entityId,
      createDate: created,
      validUntil: `${validUntil.toISOString().slice(0, 19)}Z`,
      tags: [],
    };
  });
}
