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
  /** OIDC identity providers by ARN (`arn:aws:iam::ACCT:oidc-provider/HOST/PATH`). */
  readonly oidcProviders: Record<string, OidcProviderRecord>;
  /** SAML identity providers by ARN (`arn:aws:iam::ACCT:saml-provider/NAME`). */
  readonly samlProviders: Record<string, SamlProviderRecord>;
  /** Virtual MFA devices by serial number (`arn:aws:iam::ACCT:mfa/NAME`). */
  readonly mfaDevices: Record<string, MfaDeviceRecord>;
  /** Service-linked role deletion tasks by DeletionTaskId. */
  readonly deletionTasks: Record<string, DeletionTaskRecord>;
}

/** An IAM OIDC identity provider. */
export interface OidcProviderRecord {
  readonly arn: string;
  /** The URL without `https://`, as GetOpenIDConnectProvider returns it. */
  readonly url: string;
  readonly clientIds: string[];
  thumbprints: string[];
  readonly createDate: string;
  tags: Tag[];
}

/** An IAM SAML identity provider. */
export interface SamlProviderRecord {
  readonly arn: string;
  readonly name: string;
  metadataDocument: string;
  /** The IdP's entityID, read from the metadata (what the assertion's Issuer must be). */
  entityId: string;
  readonly createDate: string;
  readonly validUntil: string;
  tags: Tag[];
}

/** A virtual MFA device. */
export interface MfaDeviceRecord {
  readonly serialNumber: string;
  /** The TOTP secret as base32 (what CreateVirtualMFADevice returns as Base32StringSeed). */
  readonly base32Seed: string;
  /** The user it is enabled for, or null while unassigned. */
  userName: string | null;
  enableDate: string | null;
  /** Last time step whose code was accepted, so a code is not accepted twice. */
  lastStep: number | null;
  tags: Tag[];
}

/** A DeleteServiceLinkedRole task. */
export interface DeletionTaskRecord {
  readonly id: string;
  readonly roleName: string;
  readonly status: 'SUCCEEDED' | 'IN_PROGRESS' | 'FAILED' | 'NOT_STARTED';
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
  /** User/role ARNs of the trust policy → the unique ids they had when it was saved (see `trust-principals.ts`). */
  trustPrincipalIds?: Record<string, string>;
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
  return {
    roles: {},
    users: {},
    groups: {},
    policies: {},
    instanceProfiles: {},
    oidcProviders: {},
    samlProviders: {},
    mfaDevices: {},
    deletionTasks: {},
  };
}
