import { accessAnalyzerOperations } from '../accessanalyzer/operations.ts';
import { models, type ServiceName } from '../api/model.ts';
import { VALIDATION_CODES, validateInput } from '../api/validate-input.ts';
import type { AwsError } from '../aws-error.ts';
import { cloudtrailOperations } from '../cloudtrail/operations.ts';
import { withCloudTrail } from '../cloudtrail/record.ts';
import { emptyCloudTrailState } from '../cloudtrail/state.ts';
import { dynamodbOperations } from '../dynamodb/operations.ts';
import { ec2Operations } from '../ec2/operations.ts';
import { noteAccessKeyUse } from '../iam/access-keys.ts';
import { iamOperations } from '../iam/operations.ts';
import { lambdaOperations } from '../lambda/operations.ts';
import { logsOperations } from '../logs/operations.ts';
import { organizationsOperations } from '../organizations/operations.ts';
import { s3Operations } from '../s3/operations.ts';
import { stsOperations } from '../sts/operations.ts';
import { createTokenChecks } from '../sts/web-identity-token.ts';
import { authorize } from './authorize.ts';
import { type Clock, createClock } from './clock.ts';
import { authenticate, type Caller } from './credentials.ts';
import { type IdentityProviders, identityProviders } from './identity-providers.ts';
import { createIdGenerator, type IdGenerator } from './ids.ts';
import {
  isoSeconds,
  type Operation,
  type OperationContext,
  type OperationResult,
  type Params,
  type UnsignedOperation,
} from './operation.ts';
import { createRandom } from './random.ts';
import { takeSnapshot, type WorldSnapshot } from './snapshot.ts';
import type { WorldState } from './state.ts';
import { userTokenRefusal } from './user-token.ts';

/** What `world.call` returns: the operation's output data, or an AWS error value. */
export type CallResult = OperationResult | AwsError;

/** A deterministic simulated AWS: accounts, an organization, IAM and STS, driven through one entry point. */
export interface World extends IdentityProviders {
  /** The seed the world was created with (snapshots keep it). */
  readonly seed: number | string;
  readonly state: WorldState;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /**
   * Calls an API operation synchronously, like the AWS front door does: authenticates the caller, checks the
   * parameters against the service model (`ValidationError`), authorizes the call with the caller's effective
   * policies (`AccessDenied`), then runs it. `operation` is the API name (`CreateRole`), `params` use the API's member
   * names (`RoleName`). Never throws for a learner's mistake; a throw is a simulator bug.
   */
  call(caller: Caller, service: ServiceName, operation: string, params?: Params): CallResult;
  /**
   * `call` for callers that can wait: first runs the operation's asynchronous preparation (AssumeRoleWithWebIdentity
   * verifies its token's signature with jose against the IdP's keys), then `call`. The shell's `aws` goes through
   * here; `call` alone answers every operation except AssumeRoleWithWebIdentity with a token not yet checked.
   */
  callAsync(caller: Caller, service: ServiceName, operation: string, params?: Params): Promise<CallResult>;
  /** The asynchronous preparation of `callAsync` alone (the CLI's credential chain checks a token file with it). */
  prepare(service: ServiceName, operation: string, params?: Params): Promise<void>;
  /** The whole world as plain JSON data (see `restoreWorld`). */
  snapshot(): WorldSnapshot;
}

/** The operations each service answers. */
const SERVICES: Readonly<Record<ServiceName, Readonly<Record<string, Operation | UnsignedOperation>>>> = {
  iam: iamOperations,
  sts: stsOperations,
  s3: s3Operations,
  ec2: ec2Operations,
  lambda: lambdaOperations,
  logs: logsOperations,
  cloudtrail: cloudtrailOperations,
  organizations: organizationsOperations,
  dynamodb: dynamodbOperations,
  accessanalyzer: accessAnalyzerOperations,
};

/** Creates an empty world (no accounts) from a seed and a start time (ISO string or epoch ms). */
/** True when the world has service `service` (a botocore service name such as `iam`, `s3`). */
export function worldHasService(service: string): service is ServiceName {
  return Object.hasOwn(SERVICES, service);
}

/** True when the world answers `service`'s API operation `operation` (`CreateRole`). */
export function worldImplements(service: ServiceName, operation: string): boolean {
  return Object.hasOwn(SERVICES[service], operation);
}

export function createWorld(options: {
  readonly seed: number | string;
  readonly start: string | number;
}): World {
  const state: WorldState = {
    accounts: {},
    organization: null,
    accessKeys: {},
    sessions: {},
    cloudtrail: emptyCloudTrailState(),
  };
  return assembleWorld(
    options.seed,
    createClock(options.start),
    createIdGenerator(createRandom(options.seed)),
    state,
  );
}

/** Puts a world together from its parts (used by `createWorld` and `restoreWorld`). */
export function assembleWorld(
  seed: number | string,
  clock: Clock,
  ids: IdGenerator,
  state: WorldState,
): World {
  const tokenChecks = createTokenChecks();
  const prepare = async (service: ServiceName, operationName: string, params: Params = {}) => {
    const operation = SERVICES[service][operationName];
    if (operation && 'prepare' in operation && operation.prepare)
      await operation.prepare(params, { tokenChecks });
  };
  const world: World = {
    seed,
    state,
    clock,
    ids,
    snapshot: () => takeSnapshot(seed, clock, ids, state),
    ...identityProviders(state, clock),
    prepare,
    async callAsync(caller, service, operation, params = {}) {
      await prepare(service, operation, params);
      return world.call(caller, service, operation, params);
    },
    // Every call goes through CloudTrail's recorder (event history).
    call: withCloudTrail(state, ids, clock, (caller, service, operationName, params = {}) => {
      const operation = SERVICES[service][operationName];
      if (!operation) throw new Error(`the simulator does not implement ${service} ${operationName}`);
      const now = clock.now();
      if ('unsigned' in operation) {
        const invalid = validateInput(models[service], operationName, params, VALIDATION_CODES[service]);
        return invalid ?? operation.run(params, { state, ids, now, timestamp: isoSeconds(now), tokenChecks });
      }
      const principal = authenticate(state, caller, now);
      if ('kind' in principal && principal.kind === 'AwsError') return principal;
      if (!('accountId' in principal)) throw new Error('unreachable');
      noteAccessKeyUse(state, caller, service, now);
      const refused = userTokenRefusal(principal, service);
      if (refused) return refused;
      const invalid = validateInput(models[service], operationName, params, VALIDATION_CODES[service]);
      if (invalid) return invalid;
      const account = state.accounts[principal.accountId];
      if (!account) throw new Error(`caller account ${principal.accountId} is missing`);
      const ctx: OperationContext = {
        state,
        ids,
        principal,
        account,
        now,
        timestamp: isoSeconds(now),
        authorize: (request) => authorize(state, principal, now, request),
        call: (nextCaller, nextService, nextOperation, nextParams) =>
          world.call(nextCaller, nextService, nextOperation, nextParams),
      };
      if (operation.authorization) {
        const denied = ctx.authorize(operation.authorization(params, ctx));
        if (denied) return denied;
      }
      return operation.run(params, ctx);
    }),
  };
  return world;
}
