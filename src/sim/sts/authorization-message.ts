import { base64url } from 'jose';
import { fromUtf8, hmac, sha256, utf8 } from '../iam/hmac.ts';
import type { EvalResult } from '../policy/index.ts';
import type { ContextValues } from '../world/request-context.ts';

const KEY = utf8('iam-roles-lab authorization message key');

/** What an encoded authorization failure message carries. */
export interface AuthorizationFailure {
  readonly principal: { readonly id: string; readonly name?: string; readonly arn: string };
  readonly action: string;
  readonly resource: string;
  readonly evaluation: EvalResult;
  readonly context: ContextValues;
}

/**
 * Encodes the DecodedMessage JSON AWS would return for a denial, for services that put `Encoded authorization failure
 * message: …` in their error (EC2's UnauthorizedOperation). AWS encrypts it; the sim base64url-encodes it with an
 * HMAC tag, so it is opaque enough on screen, stateless, and refused when edited.
 */
export function encodeAuthorizationMessage(failure: AuthorizationFailure): string {
  const { explanation } = failure.evaluation;
  const matched = explanation.deciding.map((ref) => {
    const policy = explanation.policies.find((p) => p.type === ref.policyType && p.index === ref.policyIndex);
    return {
      statementId: ref.sid ?? '',
      effect: failure.evaluation.decision === 'Allow' ? 'ALLOW' : 'DENY',
      principals: { items: [{ value: failure.principal.id }] },
      principalGroups: { items: [] },
      actions: { items: [{ value: failure.action }] },
      resources: { items: [{ value: failure.resource }] },
      conditions: { items: [] },
      ...(policy?.arn || policy?.name ? { policyName: policy.arn ?? policy.name } : {}),
    };
  });
  const decoded = {
    allowed: failure.evaluation.decision === 'Allow',
    explicitDeny: failure.evaluation.decision === 'ExplicitDeny',
    matchedStatements: { items: matched },
    failures: { items: [] },
    context: {
      principal: failure.principal,
      action: failure.action,
      resource: failure.resource,
      conditions: {
        items: Object.entries(failure.context).map(([key, value]) => ({
          key,
          values: { items: (typeof value === 'string' ? [value] : value).map((v) => ({ value: v })) },
        })),
      },
    },
  };
  const body = base64url.encode(JSON.stringify(decoded));
  return `${body}.${base64url.encode(hmac(sha256, KEY, utf8(body)))}`;
}

/** The DecodedMessage JSON text, or null when the message was not made by `encodeAuthorizationMessage`. */
export function decodeAuthorizationMessage(encoded: string): string | null {
  const [body = '', tag = '', extra] = encoded.split('.');
  if (extra !== undefined || tag !== base64url.encode(hmac(sha256, KEY, utf8(body)))) return null;
  try {
    return fromUtf8(base64url.decode(body));
  } catch {
    return null;
  }
}
