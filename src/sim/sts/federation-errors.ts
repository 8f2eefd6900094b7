import { awsError } from '../aws-error.ts';

/** Errors of STS's federation operations; wording from CLI/SDK transcripts in public issues unless marked. */
export const federationErrors = {
  /** Verified (configure-aws-credentials#721, kubernetes-sigs/aws-load-balancer-controller#2315). */
  noOidcProvider: (issuer: string) =>
    awsError('InvalidIdentityToken', `No OpenIDConnect provider found in your account for ${issuer}`, 400),
  /** Verified (awslabs/amazon-eks-irsa-cfn#18). */
  audience: () => awsError('InvalidIdentityToken', 'Incorrect token audience', 400),
  /** Verified (aws-sdk-java-v2#5709): epoch seconds. */
  expired: (now: number, exp: number) =>
    awsError(
      'ExpiredTokenException',
      `Token expired: current date/time ${now} must be before the expiration date/time ${exp}`,
      400,
    ),
  /** Verified for both actions (aws-sdk-net#744, sentry-kubernetes/charts#514). */
  notAuthorized: (action: 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML') =>
    awsError('AccessDenied', `Not authorized to perform ${action}`, 403),
  /** Wording unverified. */
  malformedToken: () => awsError('InvalidIdentityToken', 'The ID token provided is not a valid JWT.', 400),
  /** Wording unverified. */
  badSignature: () =>
    awsError('InvalidIdentityToken', 'The signature of the web identity token could not be verified.', 400),
  /** Wording unverified. */
  invalidSaml: () => awsError('InvalidIdentityToken', 'Invalid SAML response.', 400),
  /** Wording unverified. */
  samlSignature: () =>
    awsError('InvalidIdentityToken', 'The SAML assertion signature could not be verified.', 400),
  /** Wording unverified. */
  samlProviderMissing: (arn: string) =>
    awsError('InvalidIdentityToken', `SAML provider ${arn} was not found in the role's account.`, 400),
  /** Wording unverified. */
  samlIssuer: () =>
    awsError(
      'InvalidIdentityToken',
      "Issuer of the SAML assertion does not match the provider's metadata.",
      400,
    ),
  /** Wording unverified. */
  samlExpired: () => awsError('ExpiredTokenException', 'The SAML assertion has expired.', 400),
  /** Wording unverified: the role/provider pair is missing from the Role attribute. */
  samlRoleNotInAssertion: () =>
    awsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML', 403),
} as const;
