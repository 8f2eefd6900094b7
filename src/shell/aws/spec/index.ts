import accessanalyzer from './accessanalyzer.json' with { type: 'json' };
import cloudtrail from './cloudtrail.json' with { type: 'json' };
import dynamodb from './dynamodb.json' with { type: 'json' };
import ec2 from './ec2.json' with { type: 'json' };
import iam from './iam.json' with { type: 'json' };
import kms from './kms.json' with { type: 'json' };
import lambda from './lambda.json' with { type: 'json' };
import logs from './logs.json' with { type: 'json' };
import organizations from './organizations.json' with { type: 'json' };
import s3api from './s3api.json' with { type: 'json' };
import secretsmanager from './secretsmanager.json' with { type: 'json' };
import services from './services.json' with { type: 'json' };
import sns from './sns.json' with { type: 'json' };
import sqs from './sqs.json' with { type: 'json' };
import ssm from './ssm.json' with { type: 'json' };
import sts from './sts.json' with { type: 'json' };
import type { OperationSpec, ServiceSpec } from './types.ts';

export { orderByShape } from './order-by-shape.ts';
export { memberShapeName, shapeOf } from './shapes.ts';
export type * from './types.ts';

/** An operation together with its API name (`CreateRole`) and its service. */
export interface FoundOperation {
  readonly name: string;
  readonly spec: OperationSpec;
  readonly service: ServiceSpec;
}

/**
 * The spec files, trusted as typed. `schema.test.ts` validates every file against the zod schema (`schema.ts`) and
 * checks that all names resolve; the loader does not repeat that: a full check of iam.json costs about 20 ms cold
 * (7 ms warm) on a desktop core, several times that on a phone, for bytes the test has already proven.
 */
const SPECS: readonly ServiceSpec[] = [
  accessanalyzer,
  cloudtrail,
  dynamodb,
  ec2,
  iam,
  kms,
  lambda,
  logs,
  organizations,
  s3api,
  secretsmanager,
  sns,
  sqs,
  ssm,
  sts,
] as unknown as ServiceSpec[];

const BY_CLI_NAME = new Map(SPECS.map((spec) => [spec.service, spec]));

/** The simulated service whose CLI name is `cliName` (`iam`, `s3api`), if any. */
export function findService(cliName: string): ServiceSpec | undefined {
  return BY_CLI_NAME.get(cliName);
}

/** The simulated operation whose CLI name is `cliName` (`create-role`), if any. */
export function findOperation(service: ServiceSpec, cliName: string): FoundOperation | undefined {
  for (const [name, spec] of Object.entries(service.operations)) {
    if (spec.cli === cliName) return { name, spec, service };
  }
  return undefined;
}

/** CLI names of the simulated services, sorted (for Tab completion). */
export function serviceNames(): string[] {
  return [...BY_CLI_NAME.keys()].sort();
}

/** CLI names of a service's simulated operations, sorted (for Tab completion). */
export function operationNames(service: ServiceSpec): string[] {
  return Object.values(service.operations)
    .map((op) => op.cli)
    .sort();
}

/**
 * Every top-level command of the real CLI, in the order its `Invalid choice` message lists them,
 * `help` last: what `invalidChoice('command', ...)` needs.
 */
export function serviceChoices(): string[] {
  return [...services.commands, 'help'];
}

/**
 * Every operation (and customization command such as `wait`) the real CLI offers for a service, in
 * the order its `Invalid choice` message lists them, `help` last, simulated or not.
 */
export function operationChoices(service: ServiceSpec): string[] {
  return [...service.commands, 'help'];
}

/**
 * The options Tab completion offers for an operation, as `--name`, in the CLI's order: the
 * documented ones, so not the page tokens and page-size members the CLI's own paging replaces.
 */
export function optionNames(op: FoundOperation): string[] {
  const paginator = op.spec.paginator;
  const hidden = new Set(paginator ? [...paginator.inputToken, paginator.limitKey] : []);
  return op.spec.args
    .filter(([, member, kind]) => kind !== 'outfile' && !(kind === undefined && member && hidden.has(member)))
    .map(([name]) => `--${name}`);
}
