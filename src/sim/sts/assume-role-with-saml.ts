import { base64url } from 'jose';
import { sha1, utf8 } from '../iam/hmac.ts';
import type { UnsignedOperation } from '../world/operation.ts';
import type { ContextValues } from '../world/request-context.ts';
import { stsErrors } from './errors.ts';
import { federatedTrust, roleFromArn } from './federated-trust.ts';
import { federationErrors } from './federation-errors.ts';
import { issueRoleSession, sessionOutput } from './issue-session.ts';
import {
  isAwsAttribute,
  parseSamlAssertion,
  rolePairs,
  type SamlAssertion,
  samlSessionName,
} from './saml-assertion.ts';

type P = {
  RoleArn: string;
  PrincipalArn: string;
  SAMLAssertion: string;
  DurationSeconds?: number;
  Policy?: string;
  PolicyArns?: { arn?: string }[];
};

const ACTION = 'sts:AssumeRoleWithSAML';

/**
 * AssumeRoleWithSAML (unsigned): the assertion must come from the SAML provider named by PrincipalArn (its metadata's
 * entityID as Issuer, a valid signature, not expired), list the role/provider pair in its Role attribute, and the
 * role's trust policy must allow `Federated` = the provider ARN with the `SAML:` keys in the context.
 */
export const assumeRoleWithSaml: UnsignedOperation = {
  unsigned: true,
  run(params, ctx) {
    const p = params as P;
    const parsed = parseSamlAssertion(p.SAMLAssertion);
    if (!parsed) return federationErrors.invalidSaml();
    const { assertion } = parsed;
    const target = roleFromArn(ctx.state, p.RoleArn);
    const account = target ? ctx.state.accounts[target.accountId] : undefined;
    const provider = account?.iam.samlProviders[p.PrincipalArn];
    if (!target || !provider) return federationErrors.samlProviderMissing(p.PrincipalArn);
    if (assertion.issuer !== provider.entityId) return federationErrors.samlIssuer();
    if (!parsed.signatureValid) return federationErrors.samlSignature();
    if (ctx.now.getTime() >= Date.parse(assertion.notOnOrAfter)) return federationErrors.samlExpired();
    if (!rolePairs(assertion).some((r) => r.role === p.RoleArn && r.provider === p.PrincipalArn))
      return federationErrors.samlRoleNotInAssertion();
    const role = target.role;
    if (!role) return federationErrors.notAuthorized(ACTION);
    const qualifier = nameQualifier(assertion.issuer, target.accountId, provider.name);
    const context = samlContext(assertion, qualifier, provider.arn);
    const result = federatedTrust(role, target.accountId, provider.arn, ACTION, context, ctx.now);
    if (result.decision !== 'Allow') return federationErrors.notAuthorized(ACTION);
    const duration = p.DurationSeconds ?? 3600;
    if (duration > role.maxSessionDuration) return stsErrors.durationExceedsRole();
    const session = issueRoleSession(ctx, role, {
      accountId: target.accountId,
      sessionName: samlSessionName(assertion) ?? assertion.subject,
      durationSeconds: duration,
      sourceArn: provider.arn,
      ...(p.Policy === undefined ? {} : { policy: p.Policy }),
      ...(p.PolicyArns === undefined ? {} : { policyArns: p.PolicyArns }),
    });
    return {
      ...sessionOutput(session),
      Subject: assertion.subject,
      SubjectType: assertion.subjectType,
      Issuer: assertion.issuer,
      Audience: assertion.audience,
      NameQualifier: qualifier,
    };
  },
};

/**
 * `SAML:namequalifier`: "BASE64 ( SHA1 ( issuer + accountId + '/' + providerName ) )" per the IAM User Guide
 * ("Configure SAML assertions for the authentication response").
 */
export function nameQualifier(issuer: string, accountId: string, providerName: string): string {
  const digest = sha1.digest(utf8(`${issuer}${accountId}/${providerName}`));
  return base64url.encode(digest).replace(/-/g, '+').replace(/_/g, '/').padEnd(28, '=');
}

/** `SAML:aud`, `SAML:iss`, `SAML:sub`, `SAML:sub_type`, `SAML:namequalifier`, and each attribute as `SAML:<name>`. */
function samlContext(assertion: SamlAssertion, qualifier: string, providerArn: string): ContextValues {
  const context: ContextValues = {
    'SAML:aud': assertion.audience,
    'SAML:iss': assertion.issuer,
    'SAML:sub': assertion.subject,
    'SAML:sub_type': assertion.subjectType,
    'SAML:namequalifier': qualifier,
    'aws:FederatedProvider': providerArn,
  };
  // AWS maps well-known attribute OIDs to friendly keys (SAML:edupersonaffiliation …); the sim's IdP sends the
  // friendly names directly.
  for (const [name, values] of Object.entries(assertion.attributes)) {
    if (!isAwsAttribute(name))
      context[`SAML:${name}`] =
        values.length === 1 && name !== 'eduPersonAffiliation' ? (values[0] ?? '') : values;
  }
  return context;
}
