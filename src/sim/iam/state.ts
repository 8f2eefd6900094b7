/**
 * One account's IAM entities as plain JSON-safe data. Maps are keyed by the lower-cased name because IAM names are
 * unique without regard to case ("you cannot create resources named both MyResource and myresource").
 */
export interface IamState {
  readonly roles: Record<string, RoleRecord>;
  readonly users: Record<string, UserRecord>;
  readonly groups: Record<string, GroupRecord>;
  /** Customer managed policies by ARN. */
  readonly policies: Record<string, ManagedPolicyRecord>;
  readonly instanceProfiles: Record<string, InstanceProfileRecord>;
}

/** A tag as IAM returns it. */
export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

/** Fields shared by users and roles: the policies that make up their identity-based permissions. */
export interface PrincipalEntity {
  readonly path: string;
  readonly arn: string;
  /** ISO time, whole seconds. */
  readonly createDate: string;
  tags: Tag[];
  /** Inline policies: name → document text as given. */
  readonly inlinePolicies: Record<string, string>;
  /** ARNs of attached managed policies, in attach order. */
  readonly attachedPolicies: string[];
  /** ARN of the permissions boundary policy, or null. */
  permissionsBoundary: string | null;
}

/** An IAM role. */
export interface RoleRecord extends PrincipalEntity {
  readonly roleName: string;
  readonly roleId: string;
  /** The trust policy text exactly as given. */
  assumeRolePolicyDocument: string;
  description: string | null;
  maxSessionDuration: number;
  /** When the role was last assumed, or null. */
  lastUsed: { readonly date: string; readonly region: string } | null;
}

/** An IAM user. */
export interface UserRecord extends PrincipalEntity {
  readonly userName: string;
  readonly userId: string;
  /** Lower-cased names of the groups the user belongs to. */
  readonly groups: string[];
}

/** An IAM group (its policies apply to its members). */
export interface GroupRecord {
  readonly groupName: string;
  readonly groupId: string;
  readonly path: string;
  readonly arn: string;
  readonly createDate: string;
  readonly inlinePolicies: Record<string, string>;
  readonly attachedPolicies: string[];
}

/** A version of a customer managed policy. */
export interface PolicyVersionRecord {
  readonly versionId: string;
  readonly document: string;
  readonly createDate: string;
}

/** A customer managed policy. */
export interface ManagedPolicyRecord {
  readonly policyName: string;
  readonly policyId: string;
  readonly arn: string;
  readonly path: string;
  defaultVersionId: string;
  readonly description: string | null;
  readonly createDate: string;
  updateDate: string;
  tags: Tag[];
  /** Versions, oldest first. */
  readonly versions: PolicyVersionRecord[];
  /** Number of the next version (`v2`, `v3`, … never reused). */
  nextVersion: number;
}

/** An instance profile (at most one role). */
export interface InstanceProfileRecord {
  readonly instanceProfileName: string;
  readonly instanceProfileId: string;
  readonly path: string;
  readonly arn: string;
  readonly createDate: string;
  tags: Tag[];
  /** Lower-cased names of the roles in the profile. */
  readonly roles: string[];
}

/** An empty IAM state for a new account. */
export function emptyIamState(): IamState {
  return { roles: {}, users: {}, groups: {}, policies: {}, instanceProfiles: {} };
}
