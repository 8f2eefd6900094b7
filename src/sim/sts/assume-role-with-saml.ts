import { base64url } from 'jose';
import type { AwsError } from '../aws-error.ts';
import { sha1, utf8 } from '../iam/hmac.ts';
import type { SamlProviderRecord } from '../iam/state.ts';
import type { UnsignedOperation, WorldContext } from '../world/operation.ts';
import type { ContextValues } from '../world/request-context.ts';
import { stsErrors } from './errors.ts';
import { federatedTrust, roleFromArn } from './federated-trust.ts';
import { federationErrors, samlErrors } from './federation-errors.ts';
import { issueRoleSession, sessionOutput } from './issue-session.ts';
import {
  addressedToAws,
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
/** "Token must be redeemed within 5 minutes of issuance". */
const REDEEM_WITHIN_MS = 5 * 60_000;
/** The RoleSessionName attribute's rule, as AWS's error message states it. */
const SESSION_NAME = /^[a-zA-Z_0-9+=,.@-]{2,64}$/;

/**
 * AssumeRoleWithSAML (unsigned): STS reads the response, finds the SAML provider named by PrincipalArn, then checks
 * the response against it in order (issuer, signature, subject confirmation, audience, expiry, the role/provider
 * pair, the session name) and finally the role's trust policy, with the `SAML:` keys in the context.
 */
export const assumeRoleWithSaml: UnsignedOperation = {
  unsigned: true,
  run(params, ctx) {
    const p = params as P;
    const parsed = parseSamlAssertion(p.SAMLAssertion);
    if (!parsed) return samlErrors.invalidResponse(ctx.ids.uuid());
    const { assertion } = parsed;
    // The provider must be in the role's account.
    const target = roleFromArn(ctx.state, p.RoleArn);
    const provider = target && ctx.state.accounts[target.accountId]?.iam.samlProviders[p.PrincipalArn];
    if (!target || !provider) return samlErrors.providerMissing(ctx.ids.uuid());
    const refused = checkResponse(assertion, parsed.signatureValid, provider, p, ctx);
    if (refused) return refused;
    // The IAM User Guide's troubleshooting lists a missing role and a missing NameID under this AccessDenied too.
    const role = target.role;
    if (!role || !assertion.subject) return federationErrors.notAuthorized(ACTION);
    const qualifier = nameQualifier(assertion.issuer, target.accountId, provider.name);
    const context = samlContext(assertion, qualifier, provider.arn);
    const result = federatedTrust(role, target.accountId, provider.arn, ACTION, context, ctx.now);
    if (result.decision !== 'Allow') return federationErrors.notAuthorized(ACTION);
    const duration = p.DurationSeconds ?? 3600;
    if (duration > role.maxSessionDuration) return stsErrors.durationExceedsRole();
    const session = issueRoleSession(ctx, role, {
      accountId: target.accountId,
      sessionName: samlSessionName(assertion) ?? '',
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
      Audience: assertion.recipient ?? '',
      NameQualifier: qualifier,
    };
  },
};

/** The checks of the response itself, in STS's order; the first refusal, or null when the response is usable. */
function checkResponse(
  assertion: SamlAssertion,
  signatureValid: boolean,
  provider: SamlProviderRecord,
  p: P,
  ctx: WorldContext,
): AwsError | null {
  if (assertion.issuer !== provider.entityId) return samlErrors.issuer(ctx.ids.uuid());
  if (!signatureValid) return samlErrors.signature();
  const { recipient, confirmationNotOnOrAfter, notOnOrAfter, issueInstant } = assertion;
  if (!recipient || !confirmationNotOnOrAfter) return samlErrors.subjectConfirmation();
  if (!addressedToAws(assertion)) return samlErrors.audience();
  const now = ctx.now.getTime();
  if (issueInstant !== null && now - Date.parse(issueInstant) > REDEEM_WITHIN_MS)
    return samlErrors.notRedeemedInTime();
  // `!(now < t)` also refuses an unreadable time.
  const passed = (t: string | null) => t !== null && !(now < Date.parse(t));
  if (passed(confirmationNotOnOrAfter) || passed(notOnOrAfter)) return samlErrors.expired();
  if (!rolePairs(assertion).some((r) => r.role === p.RoleArn && r.provider === p.PrincipalArn))
    return samlErrors.roleNotInAssertion();
  const sessionName = samlSessionName(assertion);
  if (sessionName === undefined) return samlErrors.sessionNameMissing();
  if (!SESSION_NAME.test(sessionName)) return samlErrors.sessionNameInvalid();
  return null;
}

/**
 * `SAML:namequalifier`: "BASE64 ( SHA1 ( issuer + accountId + '/' + providerName ) )" per the IAM User Guide
 * ("Configure SAML assertions for the authentication response").
 */
export function nameQualifier(issuer: string, accountId: string, providerName: string): string {
  const digest = sha1.digest(utf8(`${issuer}${accountId}/${providerName}`));
  return base64url.encode(digest).replace(/-/g, '+').replace(/_/g, '/').padEnd(28, '=');
}

/**
 * `SAML:aud` (the Recipient), `SAML:iss`, `SAML:sub`, `SAML:sub_type`, `SAML:namequalifier`, and each attribute as
 * `SAML:<name>`.
 */
function samlContext(assertion: SamlAssertion, qualifier: string, providerArn: string): ContextValues {
  const context: ContextValues = {
    // The Recipient, not the <Audience> ("Configure SAML assertions for the authentication response").
    'SAML:aud': assertion.recipient ?? '',
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
