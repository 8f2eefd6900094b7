/** Who makes a request, parsed once from the case's principal string. */
export type Caller =
  | { readonly kind: 'user'; readonly arn: string; readonly account: string }
  | { readonly kind: 'role'; readonly arn: string; readonly account: string; readonly roleName: string }
  | {
      readonly kind: 'session';
      readonly arn: string;
      readonly account: string;
      readonly roleName: string;
      readonly sessionName: string;
    }
  | { readonly kind: 'federated-user'; readonly arn: string; readonly account: string }
  | { readonly kind: 'root'; readonly arn: string; readonly account: string }
  | { readonly kind: 'service'; readonly name: string }
  | { readonly kind: 'federated'; readonly provider: string; readonly account?: string }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'unknown'; readonly text: string };

/** One identity a caller speaks as: a session also speaks as its role and its account. */
export type ChainMember =
  | { readonly kind: 'account'; readonly account: string }
  | { readonly kind: 'user' | 'session' | 'federated-user'; readonly arn: string }
  | { readonly kind: 'role'; readonly account: string; readonly roleName: string }
  | { readonly kind: 'service'; readonly name: string }
  | { readonly kind: 'federated'; readonly provider: string }
  | { readonly kind: 'anonymous' };

const IAM =
  /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):(root|user\/.+|role\/.+|oidc-provider\/.+|saml-provider\/.+)$/;
const STS = /^arn:(aws|aws-cn|aws-us-gov):sts::(\d{12}):(assumed-role\/([^/]+)\/(.+)|federated-user\/.+)$/;
const cache = new Map<string, Caller>();

/** Parses a principal string (see spec/policy-case.md for the accepted forms). */
export function parseCaller(text: string): Caller {
  let caller = cache.get(text);
  if (!caller) {
    caller = parse(text);
    cache.set(text, caller);
  }
  return caller;
}

function parse(text: string): Caller {
  if (text === '*') return { kind: 'anonymous' };
  if (/^\d{12}$/.test(text)) return { kind: 'root', arn: `arn:aws:iam::${text}:root`, account: text };
  const iam = IAM.exec(text);
  if (iam) {
    const account = iam[2] as string;
    const rest = iam[3] as string;
    if (rest === 'root') return { kind: 'root', arn: text, account };
    if (rest.startsWith('user/')) return { kind: 'user', arn: text, account };
    if (rest.startsWith('role/')) return { kind: 'role', arn: text, account, roleName: lastSegment(rest) };
    return { kind: 'federated', provider: text, account };
  }
  const sts = STS.exec(text);
  if (sts) {
    const account = sts[2] as string;
    if (sts[4] && sts[5]) {
      return { kind: 'session', arn: text, account, roleName: sts[4], sessionName: sts[5] };
    }
    return { kind: 'federated-user', arn: text, account };
  }
  if (/\.amazonaws\.com(\.cn)?$/.test(text) && !text.includes(':')) {
    return text === 'cognito-identity.amazonaws.com'
      ? { kind: 'federated', provider: text }
      : { kind: 'service', name: text };
  }
  if (['accounts.google.com', 'graph.facebook.com', 'www.amazon.com'].includes(text)) {
    return { kind: 'federated', provider: text };
  }
  return { kind: 'unknown', text };
}

/** The last `/`-separated segment (a role's name without its path). */
export function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('/') + 1);
}

/** The caller's account, when it is an IAM identity (or a provider ARN) in an account. */
export function callerAccount(caller: Caller): string | undefined {
  return 'account' in caller ? caller.account : undefined;
}

/** True for callers whose own identity-based policies (and boundary, session, SCPs) take part. */
export function isIamCaller(caller: Caller): boolean {
  return ['user', 'role', 'session', 'federated-user', 'root'].includes(caller.kind);
}

/** Display form of the caller. */
export function callerLabel(caller: Caller): string {
  switch (caller.kind) {
    case 'service':
      return caller.name;
    case 'federated':
      return caller.provider;
    case 'anonymous':
      return 'an anonymous caller (*)';
    case 'unknown':
      return caller.text;
    default:
      return caller.arn;
  }
}

const chains = new WeakMap<Caller, readonly ChainMember[]>();

/** The identities a caller speaks as, most specific first (cached per parsed caller). */
export function chainOf(caller: Caller): readonly ChainMember[] {
  let chain = chains.get(caller);
  if (!chain) {
    chain = buildChain(caller);
    chains.set(caller, chain);
  }
  return chain;
}

function buildChain(caller: Caller): readonly ChainMember[] {
  switch (caller.kind) {
    case 'user':
    case 'federated-user':
      return [
        { kind: caller.kind, arn: caller.arn },
        { kind: 'account', account: caller.account },
      ];
    case 'session':
      return [
        { kind: 'session', arn: caller.arn },
        { kind: 'role', account: caller.account, roleName: caller.roleName },
        { kind: 'account', account: caller.account },
      ];
    case 'role':
      return [
        { kind: 'role', account: caller.account, roleName: caller.roleName },
        { kind: 'account', account: caller.account },
      ];
    case 'root':
      return [{ kind: 'account', account: caller.account }];
    case 'service':
      return [{ kind: 'service', name: caller.name }];
    case 'federated':
      return [{ kind: 'federated', provider: caller.provider }];
    default:
      return [{ kind: 'anonymous' }];
  }
}
