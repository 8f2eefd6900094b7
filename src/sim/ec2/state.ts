import type { DecodedAuthorization } from '../world/authorization-messages.ts';

/** EC2 instance lifecycle states (`InstanceState.Name`). */
export type InstanceStateName =
  | 'pending'
  | 'running'
  | 'shutting-down'
  | 'terminated'
  | 'stopping'
  | 'stopped';

/** A tag as EC2 returns it. */
export interface Ec2Tag {
  readonly Key: string;
  readonly Value: string;
}

/** The credentials IMDS currently serves for an instance's role. */
export interface ImdsCredentials {
  /** Access key id of the STS session (the session itself is in `WorldState.sessions`). */
  readonly accessKeyId: string;
  /** Lower-cased name of the role the session belongs to. */
  readonly roleKey: string;
  /** ISO time IMDS obtained them (`LastUpdated`). */
  readonly lastUpdated: string;
}

/** An IMDSv2 session token an instance obtained with PUT /latest/api/token. */
export interface ImdsToken {
  readonly instanceId: string;
  /** Epoch milliseconds after which the token is refused. */
  readonly expiresAt: number;
}

/** One EC2 instance. */
export interface InstanceRecord {
  readonly instanceId: string;
  readonly imageId: string;
  readonly instanceType: string;
  readonly reservationId: string;
  readonly amiLaunchIndex: number;
  state: InstanceStateName;
  /** ISO launch time (milliseconds, as EC2 returns LaunchTime). */
  launchTime: string;
  readonly privateIp: string;
  readonly subnetId: string;
  readonly vpcId: string;
  readonly availabilityZone: string;
  tags: Ec2Tag[];
  /** `MetadataOptions.HttpTokens`: `required` refuses IMDSv1. */
  httpTokens: 'optional' | 'required';
  httpEndpoint: 'enabled' | 'disabled';
  httpPutResponseHopLimit: number;
  /** Why the instance last changed state (`StateTransitionReason`), or empty. */
  stateTransitionReason: string;
  /** What IMDS serves now, or null before the first request / when no role is attached. */
  imdsCredentials: ImdsCredentials | null;
}

/** An instance-profile association (`iip-assoc-…`). */
export interface ProfileAssociation {
  readonly associationId: string;
  readonly instanceId: string;
  /** Instance profile ARN and id at association time. */
  readonly profileArn: string;
  readonly profileId: string;
  /** Lower-cased instance profile name (the IamState key). */
  readonly profileKey: string;
  state: 'associating' | 'associated' | 'disassociating' | 'disassociated';
  readonly timestamp: string;
}

/** The EC2 state of one account: instances and instance-profile associations. Plain JSON-safe data (see WorldState). */
export interface Ec2State {
  /** Instances by id, in launch order. */
  readonly instances: Record<string, InstanceRecord>;
  /** Instance-profile associations by id (disassociated ones are removed). */
  readonly associations: Record<string, ProfileAssociation>;
  /** IMDSv2 tokens by token value. */
  readonly imdsTokens: Record<string, ImdsToken>;
  /** Encoded authorization failure messages issued to this account (see world/authorization-messages.ts). */
  readonly authorizationMessages: Record<string, DecodedAuthorization>;
}

/** The EC2 state of a new account. */
export function emptyEc2State(): Ec2State {
  return { instances: {}, associations: {}, imdsTokens: {}, authorizationMessages: {} };
}

/** The instance's active association (one per instance), or undefined. */
export function associationOf(state: Ec2State, instanceId: string): ProfileAssociation | undefined {
  return Object.values(state.associations).find(
    (a) => a.instanceId === instanceId && (a.state === 'associated' || a.state === 'associating'),
  );
}
