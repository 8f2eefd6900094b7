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
  /**
   * Verified (CLI transcripts in public repos, e.g. a Norwegian Maskinporten setup and a Japanese IRSA guide): STS found
   * no key in the issuer's JWKS for the token (here: a `kid` the issuer does not publish).
   */
  noVerificationKey: () =>
    awsError(
      'InvalidIdentityToken',
      "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements",
      400,
    ),
  /** Wording unverified. */
  malformedToken: () => awsError('InvalidIdentityToken', 'The ID token provided is not a valid JWT.', 400),
  /** Wording unverified. */
  badSignature: () =>
    awsError('InvalidIdentityToken', 'The signature of the web identity token could not be verified.', 400),
} as const;

/**
 * An error STS passes on from the service that reads SAML responses and provider metadata, in the Java SDK's
 * exception format; its request id is that service's, not the STS call's.
 */
const discovery = (message: string, errorCode: string, requestId: string) =>
  awsError(
    'InvalidIdentityToken',
    `${message} (Service: AWSOpenIdDiscoveryService; Status Code: 400; Error Code: ${errorCode}; Request ID: ${requestId}; Proxy: null)`,
    400,
  );

/** Errors of AssumeRoleWithSAML, in the order STS checks a response. */
export const samlErrors = {
  /**
   * Not base64, or not a SAML response. Verified: a CLI transcript in a published Keycloak walkthrough, and a
   * `samlAssertion: 'base64SAML'` test of a Jenkins AWS pipeline plugin.
   */
  invalidResponse: (requestId: string) =>
    discovery('Invalid base64 SAMLResponse', 'AuthSamlInvalidSamlResponseException', requestId),
  /** No SAML provider with the PrincipalArn. Verified (techservicesillinois/awscli-login integration tests). */
  providerMissing: (requestId: string) =>
    discovery("Specified provider doesn't exist", 'AuthSamlManifestNotFoundException', requestId),
  /**
   * The Issuer is not the provider metadata's entityID. Verified (dbeaver/cloudbeaver#3112; the IAM User Guide's
   * "Troubleshoot SAML federation with IAM").
   */
  issuer: (requestId: string) =>
    discovery('Issuer not present in specified provider', 'AuthSamlInvalidSamlResponseException', requestId),
  /** Verified (cevoaustralia/aws-google-auth#270; "Troubleshoot SAML federation with IAM"). */
  signature: () => awsError('InvalidIdentityToken', 'Response signature invalid', 400),
  /** Verified, AWS's typo included: a CLI transcript in a published post on ADFS 2 assertions. */
  subjectConfirmation: () =>
    awsError(
      'InvalidIdentityToken',
      'Responses must contain SubjectConfirmatonData with a Recipient and NotOnOrAfter',
      400,
    ),
  /**
   * No AWS audience in the AudienceRestriction. The message is an error heading in "Troubleshoot SAML federation
   * with IAM"; the error code is unverified.
   */
  audience: () => awsError('InvalidIdentityToken', 'Response does not contain the required audience.', 400),
  /** IssueInstant more than five minutes ago. Verified (Nike-Inc/gimme-aws-creds#251). */
  notRedeemedInTime: () =>
    awsError('ExpiredTokenException', 'Token must be redeemed within 5 minutes of issuance', 400),
  /** A NotOnOrAfter has passed. Verified (Versent/saml2aws#759). */
  expired: () => awsError('ExpiredTokenException', 'Response has expired', 400),
  /**
   * The role/provider pair is not in the Role attribute. Verified: a botocore transcript quoted in the source of a
   * SAML CLI helper.
   */
  roleNotInAssertion: () =>
    awsError(
      'InvalidIdentityToken',
      "SAML Assertion doesn't contain the requested Role and Metadata in the attributes",
      400,
    ),
  /** Verified ("Troubleshoot SAML federation with IAM"; the Keycloak walkthrough above). */
  sessionNameMissing: () =>
    awsError('InvalidIdentityToken', 'RoleSessionName is required in AuthnResponse', 400),
  /** Verified (MicrosoftDocs/azure-docs#45025; "Troubleshoot SAML federation with IAM"). */
  sessionNameInvalid: () =>
    awsError(
      'InvalidIdentityToken',
      'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}',
      400,
    ),
} as const;
