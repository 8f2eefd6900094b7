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
}
