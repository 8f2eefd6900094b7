import type { EvalResult } from '../policy/index.ts';
import type { ContextValues } from './request-context.ts';
import type { WorldState } from './state.ts';

/** A denied request as EC2 encodes it in `Encoded authorization failure message: …`. */
export interface DeniedRequest {
  /** Account of the caller: only that account can decode the message. */
  readonly accountId: string;
  readonly principalArn: string;
  /** The caller's unique id (AIDA…, `AROA…:session`, or the account id for root). */
  readonly principalId: string;
  readonly action: string;
  readonly resource: string;
  /** Request-context keys and values the engine saw. */
  readonly context: ContextValues;
  readonly evaluation: EvalResult;
}

/** What a stored message decodes to. */
export interface DecodedAuthorization {
  /** The account that received the encoded message. */
  readonly accountId: string;
  /** The `DecodedMessage` JSON text sts:DecodeAuthorizationMessage returns. */
  readonly decodedMessage: string;
}

/**
 * Stores the decision behind a denial and returns the opaque message AWS puts after "Encoded authorization failure
 * message:". Deterministic: the same denial in the same world state encodes to the same text. The store lives in
 * `state.accounts[accountId].ec2.authorizationMessages`, so snapshots keep it.
 */
export function encodeAuthorizationMessage(state: WorldState, evaluation: DeniedRequest): string {
  const store = storeOf(state, evaluation.accountId);
  const decodedMessage = JSON.stringify(decodedShape(evaluation));
  const encoded = opaque(`${evaluation.accountId}\u0000${decodedMessage}\u0000${Object.keys(store).length}`);
  store[encoded] = { accountId: evaluation.accountId, decodedMessage };
  return encoded;
}

/** The stored decision for an encoded message, or null when the world never issued it. */
export function decodeAuthorizationMessage(state: WorldState, encoded: string): DecodedAuthorization | null {
  for (const account of Object.values(state.accounts)) {
    const found = account.ec2.authorizationMessages[encoded.trim()];
    if (found) return found;
  }
  return null;
}

function storeOf(state: WorldState, accountId: string): Record<string, DecodedAuthorization> {
  const account = state.accounts[accountId];
  if (!account) throw new Error(`no account ${accountId} for an authorization message`);
  return account.ec2.authorizationMessages;
}

/**
 * The decoded document, shaped like the example in "How do I decode an encoded authorization failure message"
 * (AWS re:Post): allowed, explicitDeny, matchedStatements, failures, context{principal, action, resource, conditions}.
 */
function decodedShape(r: DeniedRequest): Record<string, unknown> {
  const explicit = r.evaluation.decision === 'ExplicitDeny';
  const matched = explicit
    ? r.evaluation.explanation.deciding.map((ref) => ({
        statementId: ref.sid ?? '',
        effect: 'DENY',
        principals: { items: [{ value: r.principalId }] },
        principalGroups: { items: [] },
        actions: { items: [{ value: r.action }] },
        resources: { items: [{ value: r.resource }] },
        conditions: { items: [] },
      }))
    : [];
  const name = r.principalArn.slice(r.principalArn.lastIndexOf('/') + 1);
  return {
    allowed: false,
    explicitDeny: explicit,
    matchedStatements: { items: matched },
    failures: { items: [] },
    context: {
      principal: { id: r.principalId, name, arn: r.principalArn },
      action: r.action,
      resource: r.resource,
      conditions: {
        items: Object.entries(r.context).map(([key, value]) => ({
          key,
          values: { items: (typeof value === 'string' ? [value] : [...value]).map((v) => ({ value: v })) },
        })),
      },
    },
  };
}

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A long URL-safe string derived from `text` by FNV-1a mixing: opaque, deterministic, not reversible. */
function opaque(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let out = '';
  for (let i = 0; i < 320; i++) {
    h = Math.imul(h ^ (h >>> 15) ^ i, 0x2c1b3c6d) + 0x297a2d39;
    out += URL_SAFE[(h >>> 26) & 63];
  }
  return out;
}
