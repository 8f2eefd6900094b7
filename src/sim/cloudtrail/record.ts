import type { ServiceName } from '../api/model.ts';
import { isAwsError } from '../aws-error.ts';
import { findBucket } from '../s3/buckets.ts';
import type { Clock } from '../world/clock.ts';
import { authenticate, type Caller } from '../world/credentials.ts';
import type { IdGenerator } from '../world/ids.ts';
import { isoSeconds, type Params } from '../world/operation.ts';
import type { WorldState } from '../world/state.ts';
import type { CallResult } from '../world/world.ts';
import {
  DYNAMODB_DATA_EVENTS,
  eventResources,
  eventSource,
  isReadOnly,
  requestParameters,
  responseElements,
  S3_DATA_EVENTS,
} from './event-parts.ts';
import { FEDERATION_OPERATIONS, federatedCaller } from './federated-identity.ts';
import type { TrailEvent } from './state.ts';
import { eventUsername, userIdentity } from './user-identity.ts';

type Call = (caller: Caller, service: ServiceName, operation: string, params?: Params) => CallResult;

/** The Region every call is sent to. */
const REGION = 'us-east-1';
/** The sandbox learner's address: a documentation address (RFC 5737); the world has no network. */
const SOURCE_IP = '203.0.113.10';
/** What the simulated shell's `aws` identifies as. */
const USER_AGENT = 'aws-cli/2 (iam-roles-lab simulator)';

/**
 * Wraps the world's call so every authenticated call — successful or failed, AccessDenied included — lands in
 * CloudTrail's event history as a management event, like the real thing. The unsigned federation calls
 * (AssumeRoleWithWebIdentity, AssumeRoleWithSAML) land in the role's account under the external identity, whatever
 * credentials came with them. Unauthenticated calls (bad keys) and data events (S3 objects, DynamoDB items) are not
 * recorded.
 */
export function withCloudTrail(state: WorldState, ids: IdGenerator, clock: Clock, call: Call): Call {
  return (caller, service, operation, params = {}) => {
    const finish = startRecording(state, ids, clock, caller, service, operation, params);
    const result = call(caller, service, operation, params);
    finish(result);
    return result;
  };
}

/**
 * Looks at the call before it runs (who signed it, which account owns its resource: running it may change both) and
 * returns what records it once its result is known.
 */
function startRecording(
  state: WorldState,
  ids: IdGenerator,
  clock: Clock,
  caller: Caller,
  service: ServiceName,
  operation: string,
  params: Params,
): (result: CallResult) => void {
  if (service === 'sts' && FEDERATION_OPERATIONS.has(operation)) {
    return (result) => {
      const federated = federatedCaller(state, operation, params, result);
      if (!federated) return;
      recordEvent(state, ids, {
        userIdentity: federated.userIdentity,
        username: federated.username,
        accessKeyId: '',
        service,
        operation,
        params,
        result,
        recipients: [federated.accountId],
        now: clock.now(),
        extraParameters: federated.extraParameters,
      });
    };
  }
  const principal = authenticate(state, caller, clock.now());
  const dataEvent =
    (service === 's3' && S3_DATA_EVENTS.has(operation)) ||
    (service === 'dynamodb' && DYNAMODB_DATA_EVENTS.has(operation));
  if (isAwsError(principal) || dataEvent) return () => {};
  const other = resourceAccount(state, service, params);
  const accessKeyId = 'accessKeyId' in caller ? caller.accessKeyId : '';
  return (result) => {
    // The account that owns the resource gets its own copy of a successful call from another account ("Logging
    // sign-in events for temporary credentials": AssumeRole is logged in the calling account and the role's account).
    const recipients = [principal.accountId];
    if (!isAwsError(result) && other && other !== principal.accountId && state.accounts[other])
      recipients.push(other);
    recordEvent(state, ids, {
      userIdentity: userIdentity(principal, accessKeyId),
      username: eventUsername(principal),
      accessKeyId,
      service,
      operation,
      params,
      result,
      recipients,
      now: clock.now(),
    });
  };
}

/** The account owning the resource a call is about: the role of AssumeRole, the bucket of S3 calls. */
function resourceAccount(state: WorldState, service: ServiceName, params: Params): string | null {
  if (service === 'sts' && typeof params.RoleArn === 'string') {
    return /^arn:aws:iam::(\d{12}):/.exec(params.RoleArn)?.[1] ?? null;
  }
  if (service === 's3' && typeof params.Bucket === 'string')
    return findBucket(state, params.Bucket)?.owner.id ?? null;
  return null;
}

interface Recorded {
  readonly userIdentity: Record<string, unknown>;
  /** The event history's `Username`. */
  readonly username: string;
  readonly accessKeyId: string;
  readonly service: ServiceName;
  readonly operation: string;
  readonly params: Params;
  readonly result: CallResult;
  readonly recipients: readonly string[];
  readonly now: Date;
  /** Members the record's requestParameters show beyond the request's own. */
  readonly extraParameters?: Record<string, unknown>;
}

/** Builds the record ("CloudTrail record contents") and appends one event per recipient account. */
function recordEvent(state: WorldState, ids: IdGenerator, r: Recorded): void {
  const eventTime = isoSeconds(r.now);
  const readOnly = isReadOnly(r.operation);
  const failure = isAwsError(r.result) ? r.result : null;
  const output = failure ? null : (r.result as Record<string, unknown>);
  const requestID = ids.uuid();
  const shared = r.recipients.length > 1 ? ids.uuid() : null;
  for (const recipientAccountId of r.recipients) {
    const eventID = ids.uuid();
    const record: Record<string, unknown> = {
      eventVersion: '1.08', // wording unverified: the current record version
      userIdentity: r.userIdentity,
      eventTime,
      eventSource: eventSource(r.service),
      eventName: r.operation,
      awsRegion: REGION,
      sourceIPAddress: SOURCE_IP,
      userAgent: USER_AGENT,
      ...(failure ? { errorCode: failure.code, errorMessage: failure.message } : {}),
      requestParameters: requestParameters(r.service, r.params, r.extraParameters),
      responseElements: output ? responseElements(r.service, r.operation, output) : null,
      requestID,
      eventID,
      readOnly,
      ...(r.service === 'sts' && typeof r.params.RoleArn === 'string'
        ? { resources: stsResources(r.params) }
        : {}),
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId,
      ...(shared ? { sharedEventID: shared } : {}),
      eventCategory: 'Management',
    };
    const event: TrailEvent = {
      eventId: eventID,
      eventName: r.operation,
      eventTime,
      eventSource: eventSource(r.service),
      recipientAccountId,
      username: r.username,
      accessKeyId: r.accessKeyId,
      readOnly,
      resources: eventResources(r.service, r.params, output),
      record,
    };
    state.cloudtrail.events.push(event);
  }
}

/** The record's `resources` for the AssumeRole calls: the role, and for SAML the provider too (IAM User Guide). */
function stsResources(params: Params): Record<string, string>[] {
  const resource = (arn: string, type: string) => ({
    ARN: arn,
    accountId: /^arn:aws:iam::(\d{12}):/.exec(arn)?.[1] ?? '',
    type,
  });
  const out = [resource(String(params.RoleArn), 'AWS::IAM::Role')];
  if (typeof params.PrincipalArn === 'string')
    out.push(resource(params.PrincipalArn, 'AWS::IAM::SAMLProvider'));
  return out;
}
