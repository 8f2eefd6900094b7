import type { CloudTrailState } from '../cloudtrail/state.ts';
import type { DynamoDbState } from '../dynamodb/state.ts';
import type { Ec2State } from '../ec2/state.ts';
import type { IamState } from '../iam/state.ts';
import type { LambdaState } from '../lambda/state.ts';
import type { LogsState } from '../logs/state.ts';
import type { S3State } from '../s3/state.ts';
import type { StsSession, UserSessionToken } from '../sts/state.ts';

/**
 * Everything the simulated world remembers, as plain JSON-safe data (no classes, no `undefined`, no Dates), so a
 * snapshot is `JSON.stringify` of it and a restore is `JSON.parse`. Operations mutate it in place.
 */
export interface WorldState {
  /** Accounts by 12-digit id, in creation order. */
  readonly accounts: Record<string, AccountState>;
  /** The AWS Organization, or null when the accounts stand alone. */
  organization: OrganizationState | null;
  /** Access keys of IAM users by access key id (AKIA…): the global lookup used to authenticate a call. */
  readonly accessKeys: Record<string, AccessKeyRecord>;
  /** STS session credentials by access key id (ASIA…). */
  readonly sessions: Record<string, StsSession>;
  /** GetSessionToken credentials of IAM users by access key id (ASIA…); absent in snapshots taken before they existed. */
  userSessions?: Record<string, UserSessionToken>;
  /** CloudTrail's event history for every account. */
  readonly cloudtrail: CloudTrailState;
}

/** One AWS account. */
export interface AccountState {
  /** 12-digit account id. */
  readonly id: string;
  /** Account alias (what `iam list-account-aliases` shows), or null. */
  alias: string | null;
  /** The account's IAM entities. */
  readonly iam: IamState;
  /** The account's S3 buckets and objects. */
  readonly s3: S3State;
  /** The account's EC2 instances. */
  readonly ec2: Ec2State;
  /** The account's Lambda functions. */
  readonly lambda: LambdaState;
  /** The account's CloudWatch Logs groups. */
  readonly logs: LogsState;
  /** The account's DynamoDB tables and items. */
  readonly dynamodb: DynamoDbState;
}

/** An access key of an IAM user. */
export interface AccessKeyRecord {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly accountId: string;
  readonly userName: string;
  status: 'Active' | 'Inactive';
  /** ISO time the key was created. */
  readonly createDate: string;
  /** When, for which service and in which region the key last signed a request (GetAccessKeyLastUsed). */
  lastUsed?: { readonly date: string; readonly service: string; readonly region: string };
}

/** An AWS Organization: a tree of OUs under one root, with SCPs attached at each level. */
export interface OrganizationState {
  /** `o-` + 10 characters. */
  readonly id: string;
  /** The management account's id; SCPs never apply to it. */
  readonly managementAccountId: string;
  /** The root (`r-xxxx`) and its SCPs. */
  readonly root: OrgNode;
  /** Organizational units by id (`ou-…`). */
  readonly units: Record<string, OrgUnit>;
  /** Where each account sits: its parent's id (the root id or an OU id). */
  readonly accountParents: Record<string, string>;
  /** SCP ids attached directly to each account. */
  readonly accountPolicyIds: Record<string, string[]>;
  /** Service control policies by id (`p-…`). */
  readonly policies: Record<string, ScpRecord>;
}

/** The organization root. */
export interface OrgNode {
  readonly id: string;
  /** Ids of the SCPs attached to this node. */
  readonly policyIds: string[];
}

/** An organizational unit. */
export interface OrgUnit extends OrgNode {
  readonly name: string;
  /** The root id or another OU id. */
  readonly parentId: string;
}

/** A service control policy. */
export interface ScpRecord {
  readonly id: string;
  /** organizations:UpdatePolicy may rename it. */
  name: string;
  /** The policy document text (organizations:UpdatePolicy replaces it). */
  document: string;
  /** Set by organizations:CreatePolicy / UpdatePolicy; scenario SCPs have none. */
  description?: string;
}
