import { deviceSecret } from '../iam/mfa-devices.ts';
import { totp } from '../iam/totp.ts';
import { mintSamlAssertion, type SamlAssertionRequest } from '../sts/saml-assertion.ts';
import { mintWebIdentityToken, type WebIdentityClaims } from '../sts/web-identity-token.ts';
import type { Clock } from './clock.ts';
import type { WorldState } from './state.ts';

/** The learner-side stand-ins for things outside AWS: an OIDC IdP, a SAML IdP, an authenticator app. */
export interface IdentityProviders {
  /**
   * An OIDC ID token (RS256 JWT) minted at the simulated now and signed with jose by the issuer's simulated IdP
   * (GitHub Actions by default; Google, EKS clusters or any other issuer URL).
   */
  issueWebIdentityToken(claims: WebIdentityClaims): Promise<string>;
  /**
   * A base64 SAML response for `provider` (a SAML provider ARN); the issuer defaults to the entityID in that
   * provider's metadata.
   */
  issueSamlAssertion(request: Omit<SamlAssertionRequest, 'issuer'> & { readonly issuer?: string }): string;
  /** What an authenticator app shows for virtual MFA device `serialNumber`, `stepOffset` 30-second steps from now. */
  mfaCode(serialNumber: string, stepOffset?: number): string;
}

/** The identity-provider helpers over a world's state and clock. */
export function identityProviders(state: WorldState, clock: Clock): IdentityProviders {
  return {
    issueWebIdentityToken: (claims) => mintWebIdentityToken(claims, clock.now()),
    issueSamlAssertion(request) {
      const accountId = /^arn:aws:iam::(\d{12}):saml-provider\//.exec(request.provider)?.[1] ?? '';
      const issuer =
        request.issuer ?? state.accounts[accountId]?.iam.samlProviders[request.provider]?.entityId;
      if (issuer === undefined) throw new Error(`no SAML provider ${request.provider}: pass an issuer`);
      return mintSamlAssertion({ ...request, issuer }, clock.now());
    },
    mfaCode(serialNumber, stepOffset = 0) {
      const accountId = /^arn:aws:iam::(\d{12}):mfa\//.exec(serialNumber)?.[1] ?? '';
      const device = state.accounts[accountId]?.iam.mfaDevices[serialNumber];
      if (!device) throw new Error(`no virtual MFA device ${serialNumber}`);
      return totp(deviceSecret(device), clock.epochMs() + stepOffset * 30_000);
    },
  };
}
