import type { AccountState } from '../world/state.ts';
import { REGION } from './authorize.ts';
import { associationOf, type InstanceRecord, type InstanceStateName } from './state.ts';

/** `InstanceState.Code` for each state name (EC2 API reference, InstanceState). */
export const STATE_CODES: Readonly<Record<InstanceStateName, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** `{ Code, Name }` of a state. */
export function stateView(name: InstanceStateName): { Code: number; Name: InstanceStateName } {
  return { Code: STATE_CODES[name], Name: name };
}

/** The private DNS name EC2 gives an instance in us-east-1: `ip-10-0-1-23.ec2.internal`. */
export function privateDnsName(ip: string): string {
  return `ip-${ip.replaceAll('.', '-')}.ec2.internal`;
}

/** The `Instance` shape DescribeInstances and RunInstances return (the members a default-VPC Linux instance has). */
export function instanceView(
  account: AccountState,
  instance: InstanceRecord,
  state: InstanceStateName = instance.state,
): Record<string, unknown> {
  const association = associationOf(account.ec2, instance.instanceId);
  const gone = state === 'terminated';
  return {
    AmiLaunchIndex: instance.amiLaunchIndex,
    ImageId: instance.imageId,
    InstanceId: instance.instanceId,
    InstanceType: instance.instanceType,
    LaunchTime: instance.launchTime,
    Monitoring: { State: 'disabled' },
    Placement: { AvailabilityZone: instance.availabilityZone, GroupName: '', Tenancy: 'default' },
    PrivateDnsName: gone ? '' : privateDnsName(instance.privateIp),
    ...(gone ? {} : { PrivateIpAddress: instance.privateIp }),
    ProductCodes: [],
    PublicDnsName: '',
    State: stateView(state),
    StateTransitionReason: instance.stateTransitionReason,
    ...(gone ? {} : { SubnetId: instance.subnetId, VpcId: instance.vpcId }),
    Architecture: 'x86_64',
    BlockDeviceMappings: [],
    ClientToken: '',
    EbsOptimized: false,
    EnaSupport: true,
    Hypervisor: 'xen',
    ...(association
      ? { IamInstanceProfile: { Arn: association.profileArn, Id: association.profileId } }
      : {}),
    RootDeviceName: '/dev/xvda',
    RootDeviceType: 'ebs',
    SecurityGroups: gone ? [] : [{ GroupId: defaultGroupId(account.id), GroupName: 'default' }],
    SourceDestCheck: true,
    ...(instance.tags.length > 0 ? { Tags: instance.tags.map((t) => ({ ...t })) } : {}),
    VirtualizationType: 'hvm',
    CpuOptions: { CoreCount: 1, ThreadsPerCore: 2 },
    MetadataOptions: {
      State: 'applied',
      HttpTokens: instance.httpTokens,
      HttpPutResponseHopLimit: instance.httpPutResponseHopLimit,
      HttpEndpoint: instance.httpEndpoint,
      HttpProtocolIpv6: 'disabled',
      InstanceMetadataTags: 'disabled',
    },
    EnclaveOptions: { Enabled: false },
    PlatformDetails: 'Linux/UNIX',
    UsageOperation: 'RunInstances',
    UsageOperationUpdateTime: instance.launchTime,
    PrivateDnsNameOptions: {
      HostnameType: 'ip-name',
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
    MaintenanceOptions: { AutoRecovery: 'default' },
    CurrentInstanceBootMode: 'legacy-bios',
  };
}

/** The account's default VPC, subnet and security group: derived from the account id, so they need no state. */
export function defaultVpcId(accountId: string): string {
  return `vpc-0${hexOf(accountId, 16)}`;
}

export function defaultSubnetId(accountId: string): string {
  return `subnet-0${hexOf(`subnet${accountId}`, 16)}`;
}

function defaultGroupId(accountId: string): string {
  return `sg-0${hexOf(`sg${accountId}`, 16)}`;
}

/** The simulated region's first Availability Zone. */
export const AVAILABILITY_ZONE = `${REGION}a`;

function hexOf(text: string, length: number): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ round, 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
