import { type ChainMember, lastSegment } from './caller.ts';
import type { PrincipalBlock, PrincipalType } from './types.ts';

/** How a resource-policy statement named the caller; decides which implicit denies still limit the grant. */
export type GrantKind = 'wildcard' | ChainMember['kind'];

/** Outcome of a Principal/NotPrincipal test. */
export type PrincipalOutcome =
  | { readonly applies: true; readonly grant: GrantKind }
  | { readonly applies: false };

/** A compiled Principal/NotPrincipal element. */
export type CompiledPrincipal = (chain: readonly ChainMember[], hasBoundary: boolean) => PrincipalOutcome;

interface Namer {
  readonly wildcard: boolean;
  readonly names: (member: ChainMember) => boolean;
}

const PARTITION = '(?:aws|aws-cn|aws-us-gov)';
const ROOT = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):root$`);
const USER = new RegExp(`^arn:${PARTITION}:iam::\\d{12}:user/`);
const ROLE = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):role/`);
const SESSION = new RegExp(`^arn:${PARTITION}:sts::\\d{12}:assumed-role/`);
const FEDERATED_USER = new RegExp(`^arn:${PARTITION}:sts::\\d{12}:federated-user/`);
const NONE: Namer = { wildcard: false, names: () => false };

/**
 * Compiles one principal identifier. An account id or root ARN names every identity of that account;
 * a role ARN names the role and its sessions; user, session and federated-user ARNs name themselves
 * (IAM JSON policy elements: Principal).
 */
function awsNamer(value: string): Namer {
  if (value === '*') return { wildcard: true, names: () => true };
  const account = /^\d{12}$/.test(value) ? value : ROOT.exec(value)?.[1];
  if (account) return { wildcard: false, names: (m) => m.kind === 'account' && m.account === account };
  const role = ROLE.exec(value);
  if (role) {
    const roleName = lastSegment(value);
    return {
      wildcard: false,
      names: (m) => m.kind === 'role' && m.account === role[1] && m.roleName === roleName,
    };
  }
  if (USER.test(value)) return { wildcard: false, names: (m) => m.kind === 'user' && m.arn === value };
  if (SESSION.test(value)) return { wildcard: false, names: (m) => m.kind === 'session' && m.arn === value };
  if (FEDERATED_USER.test(value)) {
    return { wildcard: false, names: (m) => m.kind === 'federated-user' && m.arn === value };
  }
  return NONE;
}

function namer(type: PrincipalType, value: string): Namer {
  if (value === '*') return { wildcard: true, names: () => true };
  switch (type) {
    case 'AWS':
      return awsNamer(value);
    case 'Service':
      return { wildcard: false, names: (m) => m.kind === 'service' && m.name === value };
    case 'Federated':
      return { wildcard: false, names: (m) => m.kind === 'federated' && m.provider === value };
    default:
      return NONE;
  }
}

/**
 * Compiles `Principal` (matches when any identity of the caller is named) or `NotPrincipal`. A Deny with
 * NotPrincipal applies when some identity of the caller's chain is not named — which is why AWS asks
 * NotPrincipal lists to include the account (and role) of an exempt principal (IAM JSON policy elements:
 * NotPrincipal).
 */
export function compilePrincipal(block: PrincipalBlock, effectIsDeny: boolean): CompiledPrincipal {
  const namers: Namer[] = [];
  if (block.spec.kind === '*') namers.push({ wildcard: true, names: () => true });
  else {
    for (const [type, values] of Object.entries(block.spec.entries) as [PrincipalType, readonly string[]][]) {
      for (const v of values) namers.push(namer(type, v));
    }
  }
  namers.sort((a, b) => Number(a.wildcard) - Number(b.wildcard));
  const namedBy = (m: ChainMember) => namers.find((n) => n.names(m));

  if (block.kind === 'Principal') {
    return (chain) => {
      for (const m of chain) {
        const n = namedBy(m);
        if (n) return { applies: true, grant: n.wildcard ? 'wildcard' : m.kind };
      }
      return { applies: false };
    };
  }
  return (chain, hasBoundary) => {
    // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
    // permissions boundary policy attached" (Permissions boundaries for IAM entities).
    if (effectIsDeny && hasBoundary) return { applies: true, grant: chain[0]?.kind ?? 'anonymous' };
    // Deny: each identity of the chain must be listed to be exempt (AWS asks for the account ARN too).
    // Allow: "allows all principals except the one named" — naming any identity of the caller excludes it.
    const excluded = effectIsDeny ? chain.every((m) => namedBy(m)) : chain.some((m) => namedBy(m));
    return excluded ? { applies: false } : { applies: true, grant: chain[0]?.kind ?? 'anonymous' };
  };
}
