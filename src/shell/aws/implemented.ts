import type { ServiceName } from '../../sim/api/model.ts';
import { cloudtrailOperations } from '../../sim/cloudtrail/operations.ts';
import { ec2Operations } from '../../sim/ec2/operations.ts';
import { iamOperations } from '../../sim/iam/operations.ts';
import { lambdaOperations } from '../../sim/lambda/operations.ts';
import { logsOperations } from '../../sim/logs/operations.ts';
import { s3Operations } from '../../sim/s3/operations.ts';
import { stsOperations } from '../../sim/sts/operations.ts';

// The world throws for an operation it lacks (a simulator bug); the front asks first and says so honestly.
// Partial: a service the world gains is listed here once its operations module lands (see the report to the lead).
const OPERATIONS: Readonly<Partial<Record<ServiceName, Readonly<Record<string, unknown>>>>> = {
  iam: iamOperations,
  sts: stsOperations,
  s3: s3Operations,
  ec2: ec2Operations,
  lambda: lambdaOperations,
  logs: logsOperations,
  cloudtrail: cloudtrailOperations,
  organizations: {},
};

/** The world's service for a botocore model name (`s3api`'s model is `s3`), if the world has it. */
export function worldService(model: string): ServiceName | undefined {
  return Object.hasOwn(OPERATIONS, model) ? (model as ServiceName) : undefined;
}

/** True when the world answers `service`'s API operation `operation` (`CreateRole`). */
export function isImplemented(service: ServiceName, operation: string): boolean {
  const operations = OPERATIONS[service];
  return operations !== undefined && Object.hasOwn(operations, operation);
}

/** The one-line answer for what the real CLI has but this simulation does not (exit 255). */
export function notImplemented(command: string, operation?: string): { stderr: string; exitCode: number } {
  const what = operation ? `${command} ${operation}` : command;
  return { stderr: `aws: this simulated AWS does not implement ${what} yet\n`, exitCode: 255 };
}
