import type { Operation, UnsignedOperation } from '../world/operation.ts';
import { assumeRole } from './assume-role.ts';
import { assumeRoleWithSaml } from './assume-role-with-saml.ts';
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity.ts';
import { decodeAuthorizationMessageOperation } from './decode-authorization-message.ts';
import { getAccessKeyInfo } from './get-access-key-info.ts';
import { getCallerIdentity } from './get-caller-identity.ts';
import { getSessionToken } from './get-session-token.ts';

/** The STS operations the simulator implements, by API name. */
export const stsOperations: Readonly<Record<string, Operation | UnsignedOperation>> = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity,
  AssumeRoleWithSAML: assumeRoleWithSaml,
  DecodeAuthorizationMessage: decodeAuthorizationMessageOperation,
  GetAccessKeyInfo: getAccessKeyInfo,
  GetSessionToken: getSessionToken,
};
