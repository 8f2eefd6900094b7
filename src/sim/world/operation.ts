import type { ServiceName } from '../api/model.ts';
import type { AwsError } from '../aws-error.ts';
import type { TokenChecks } from '../sts/web-identity-token.ts';
import type { Caller } from './credentials.ts';
import type { IdGenerator } from './ids.ts';
import type { Principal } from './principal.ts';
import type { AccountState, WorldState } from './state.ts';

/** A request to authorize: the action, the resource ARN and what else the policies may look at. */
export interface AuthRequest {
  /** `service:Action`, e.g. `iam:CreateRole`. */
  readonly action: string;
  /** The resource ARN, or `*`. */
  readonly resource: string;
  /** Account that owns the resource (defaults to the caller's account). */
  readonly resourceAccount?: string;
  /** Resource-based policy text (a role's trust policy for sts:AssumeRole), or null. */
  readonly resourcePolicy?: string | null;
  /** Extra request-context keys (`sts:ExternalId`, `aws:RequestTag/…`); the standard `aws:` keys are added. */
  readonly context?: Readonly<Record<string, string | readonly string[]>>;
}

/** What an operation sees: the world's state, time, ids, the authenticated caller and its account. */
export interface OperationContext {
  readonly state: WorldState;
  readonly ids: IdGenerator;
  readonly principal: Principal;
  /** The caller's account. */
  readonly account: AccountState;
  /** Current simulated time. */
  readonly now: Date;
  /** Current time as IAM returns it: ISO 8601, whole seconds, `Z`. */
  readonly timestamp: string;
  /** Authorizes a request for this caller with its effective policies; AccessDenied value or null. */
  authorize(request: AuthRequest): AwsError | null;
  /** Calls another operation as `caller` through the world's front door (a service acting with a role session). */
  call(caller: Caller, service: ServiceName, operation: string, params?: Params): OperationResult | AwsError;
}

/** Request parameters, already checked against the operation's input shape. */
export type Params = Readonly<Record<string, unknown>>;

/** A successful result: a plain object in the operation's output shape (members in any order). */
export type OperationResult = Readonly<Record<string, unknown>>;

/** One API operation. */
export interface Operation {
  /**
   * The authorization the world runs before `run`: action and resource ARN from the params. Null when the operation
   * authorizes itself (sts:AssumeRole needs the role's trust policy) or needs no authorization
   * (sts:GetCallerIdentity).
   */
  readonly authorization: ((params: Params, ctx: OperationContext) => AuthRequest) | null;
  /** Performs the operation; returns the output or an AWS error. */
  readonly run: (params: Params, ctx: OperationContext) => OperationResult | AwsError;
}

/** What an unsigned operation sees: the world's state, ids and time, and no caller. */
export interface WorldContext {
  readonly state: WorldState;
  readonly ids: IdGenerator;
  readonly now: Date;
  readonly timestamp: string;
  /** Verdicts on web identity tokens, from `prepare`. */
  readonly tokenChecks: TokenChecks;
}

/** What an operation's asynchronous `prepare` step may use. */
export interface PrepareContext {
  readonly tokenChecks: TokenChecks;
}

/**
 * An operation the CLI sends unsigned (STS AssumeRoleWithWebIdentity and AssumeRoleWithSAML): the world runs it
 * without authenticating the caller, whatever credentials come with the call.
 */
export interface UnsignedOperation {
  readonly unsigned: true;
  /**
   * Asynchronous work before `run` (checking a token's signature with WebCrypto); `world.callAsync` awaits it. Its
   * findings go to caches in the context, never to world state.
   */
  readonly prepare?: (params: Params, ctx: PrepareContext) => Promise<void>;
  readonly run: (params: Params, ctx: WorldContext) => OperationResult | AwsError;
}

/** Formats a time as IAM returns it: ISO 8601 with whole seconds and `Z`. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
