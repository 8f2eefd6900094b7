import type { Operation } from '../world/operation.ts';
import * as associations from './associations.ts';
import { describeInstances } from './describe-instances.ts';
import { startInstances, stopInstances, terminateInstances } from './lifecycle.ts';
import { modifyInstanceMetadataOptions } from './metadata-options.ts';
import { describeRegions } from './regions.ts';
import { runInstances } from './run-instances.ts';
import { createTags } from './tags.ts';

/** The EC2 operations the simulator implements, by API name. */
export const ec2Operations: Readonly<Record<string, Operation>> = {
  RunInstances: runInstances,
  DescribeInstances: describeInstances,
  StartInstances: startInstances,
  StopInstances: stopInstances,
  TerminateInstances: terminateInstances,
  AssociateIamInstanceProfile: associations.associateIamInstanceProfile,
  DisassociateIamInstanceProfile: associations.disassociateIamInstanceProfile,
  ReplaceIamInstanceProfileAssociation: associations.replaceIamInstanceProfileAssociation,
  DescribeIamInstanceProfileAssociations: associations.describeIamInstanceProfileAssociations,
  CreateTags: createTags,
  DescribeRegions: describeRegions,
  ModifyInstanceMetadataOptions: modifyInstanceMetadataOptions,
};
