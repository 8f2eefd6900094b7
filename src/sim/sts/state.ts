import type { Tag } from '../iam/state.ts';

/** Temporary credentials issued by `AssumeRole`, kept so later calls can be authenticated and authorized. */
export interface StsSession {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** ISO time the credentials stop working. */
  readonly expiration: string;
  /** Account of the assumed role. */
  readonly accountId: string;
  /** Lower-cased role name (the IamState key). */
  readonly roleKey: string;
  /** Role name as created, path and unique id at the time of assumption. */
  readonly roleName: string;
  readonly rolePath: string;
  readonly roleId: string;
  readonly sessionName: string;
  /** Inline session policy text, or null. */
  readonly policy: string | null;
  /** Managed session policy ARNs. */
  readonly policyArns: string[];
  /** Session tags. */
  readonly tags: Tag[];
  /** True when the session was created with MFA (SerialNumber + TokenCode). */
  readonly mfa: boolean;
  /** ISO time of issue (for aws:MultiFactorAuthAge / aws:TokenIssueTime). */
  readonly issued: string;
  /** ARN of the principal that called AssumeRole (for aws:SourceIdentity-like audit and chaining rules). */
  readonly sourceArn: string;
  /** True when the session came from role chaining (a role session assuming a role). */
  readonly chained: boolean;
  /** SourceIdentity set when the chain began (aws:SourceIdentity); it cannot change along the chain. */
  readonly sourceIdentity?: string;
  /** Keys of session tags that pass on to sessions this session assumes (TransitiveTagKeys). */
  readonly transitiveTagKeys?: string[];
}

/** Temporary credentials an IAM user got from GetSessionToken: the user itself, with a session's limits. */
export interface UserSessionToken {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** ISO time the credentials stop working. */
  readonly expiration: string;
  readonly accountId: string;
  /** The user's name as created and its unique id (a user re-created under the same name does not inherit it). */
  readonly userName: string;
  readonly userId: string;
  /** True when SerialNumber + TokenCode were checked (aws:MultiFactorAuthPresent). */
  readonly mfa: boolean;
  /** ISO time of issue (aws:TokenIssueTime, and the MFA authentication time for aws:MultiFactorAuthAge). */
  readonly issued: string;
}
