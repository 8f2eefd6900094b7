import type { PrincipalType } from './types.ts';

const PARTITION = '(?:aws|aws-cn|aws-us-gov)';
const ACCOUNT = '\\d{12}';
const AWS_PRINCIPAL = new RegExp(
  `^(?:\\*|${ACCOUNT}|arn:${PARTITION}:iam::${ACCOUNT}:(?:root|(?:user|role|federated-user)/[^*?]+)` +
    `|arn:${PARTITION}:sts::${ACCOUNT}:(?:assumed-role/[^/*?]+/[^*?]+|federated-user/[^*?]+)|A[A-Z0-9]{15,127})$`,
);
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;
const FEDERATED_PRINCIPAL = new RegExp(
  `^arn:${PARTITION}:iam::${ACCOUNT}:(?:oidc-provider|saml-provider)/[^*?]+$`,
);
/** Web identity providers AWS names directly (Principal element page, "Federated web identity"). */
const WEB_IDENTITY_DOMAINS = new Set([
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
]);

/**
 * Whether IAM accepts `value` as a principal of `type`. Partial wildcards are never accepted:
 * "You cannot use a wildcard to match part of a principal name or ARN" (IAM JSON policy elements: Principal).
 */
export function isValidPrincipal(type: PrincipalType, value: string): boolean {
  switch (type) {
    case 'AWS':
      return AWS_PRINCIPAL.test(value);
    case 'Service':
      return SERVICE_PRINCIPAL.test(value);
    case 'Federated':
      return WEB_IDENTITY_DOMAINS.has(value) || FEDERATED_PRINCIPAL.test(value);
    case 'CanonicalUser':
      return /^[0-9a-f]{64}$/.test(value);
  }
}
