import type { ConditionFailure } from './conditions.ts';
import type { ContextInput } from './context.ts';
import type { GrantKind } from './principals.ts';
import type { Effect, PolicyDocument } from './types.ts';

/** The slot a policy occupies in a request's policy set. */
export type PolicyType = 'identity' | 'resource' | 'permissionsBoundary' | 'session' | 'scp';

/** A parsed policy with the name or ARN an explanation should show. */
export interface NamedPolicy {
  readonly type: PolicyType;
  readonly name?: string;
  readonly arn?: string;
  readonly document: PolicyDocument;
}

/** Every policy that can take part in one request. Absent/null slots do not apply. */
export interface PolicySet {
  readonly identity?: readonly NamedPolicy[];
  /** Resource-based policy: bucket policy, role trust policy, key policy, ... */
  readonly resource?: NamedPolicy | null;
  readonly permissionsBoundary?: NamedPolicy | null;
  readonly session?: readonly NamedPolicy[] | null;
  /** Organization levels from root to account; each level needs an Allow. */
  readonly scps?: readonly (readonly NamedPolicy[])[] | null;
}

/** One authorization question. */
export interface EvalRequest {
  /** User/role/session/root ARN, account id, service principal, federated provider, or `*`. */
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  /** Owner of the resource; defaults to the account in the resource ARN, else the caller's account. */
  readonly resourceAccount?: string;
  readonly context?: ContextInput;
}

/** The three outcomes AWS distinguishes. */
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Points at one statement of one policy in the set. */
export interface StatementRef {
  readonly policyType: PolicyType;
  /** Position within its slot (identity/session list, or within its SCP level). */
  readonly policyIndex: number;
  /** SCP level (0 = root) for SCPs. */
  readonly level?: number;
  readonly policyName?: string;
  readonly policyArn?: string;
  readonly sid?: string;
  readonly statementIndex: number;
}

/** Why a statement did not apply. */
export type Mismatch =
  | { readonly element: 'Action' | 'NotAction'; readonly values: readonly string[] }
  | {
      readonly element: 'Resource' | 'NotResource';
      readonly values: readonly string[];
      readonly missingVariable?: string;
    }
  | { readonly element: 'Principal' | 'NotPrincipal' }
  | { readonly element: 'Condition'; readonly failure: ConditionFailure };

/** One statement's verdict. */
export interface StatementTrace {
  readonly ref: StatementRef;
  readonly effect: Effect;
  readonly applies: boolean;
  /** For resource-policy statements that apply: how the caller was named. */
  readonly grant?: GrantKind;
  readonly mismatch?: Mismatch;
  /** Readable reason when the statement does not apply. */
  readonly reason?: string;
}

/** One policy's verdict: an applicable Deny, an applicable Allow, or nothing. */
export interface PolicyTrace {
  readonly type: PolicyType;
  readonly index: number;
  readonly level?: number;
  readonly name?: string;
  readonly arn?: string;
  /** Display name, e.g. `identity-based policy #1` or the policy's name. */
  readonly label: string;
  readonly verdict: 'Allow' | 'ExplicitDeny' | 'NoMatch';
  readonly statements: readonly StatementTrace[];
}

/** The documented rule that produced the decision (stable codes for exercise feedback). */
export type DecisionRule =
  | 'explicit-deny'
  | 'scp-implicit-deny'
  | 'allow-identity'
  | 'allow-resource-grant'
  | 'allow-resource-role-grant'
  | 'allow-cross-account'
  | 'allow-resource-only'
  | 'implicit-deny-identity'
  | 'implicit-deny-boundary'
  | 'implicit-deny-session'
  | 'implicit-deny-resource'
  | 'implicit-deny-cross-account-resource';

/** Why the engine decided as it did. */
export interface Explanation {
  /** One line, e.g. `ImplicitDeny: no permissions boundary statement allows s3:PutObject on ...`. */
  readonly summary: string;
  readonly rule: DecisionRule;
  /** Statements that allowed (Allow) or explicitly denied (ExplicitDeny); empty for ImplicitDeny. */
  readonly deciding: readonly StatementRef[];
  /** For ImplicitDeny: the policy type whose missing Allow decided it. */
  readonly implicitDenyBy?: PolicyType;
  readonly callerAccount?: string;
  readonly resourceAccount?: string;
  readonly crossAccount: boolean;
  readonly policies: readonly PolicyTrace[];
}

/** The engine's answer. */
export interface EvalResult {
  readonly decision: Decision;
  readonly explanation: Explanation;
}
