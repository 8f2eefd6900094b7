import type { ServiceName } from '../api/model.ts';
import { isAwsError } from '../aws-error.ts';
import { findBucket } from '../s3/buckets.ts';
import type { Clock } from '../world/clock.ts';
import { authenticate, type Caller } from '../world/credentials.ts';
import type { IdGenerator } from '../world/ids.ts';
import { isoSeconds, type Params } from '../world/operation.ts';
import type { Principal } from '../world/principal.ts';
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
 * CloudTrail's event history as a management event, like the real thing. Unauthenticated calls (bad keys) and S3
 * data events (object-level calls) are not recorded.
 */
export function withCloudTrail(state: WorldState, ids: IdGenerator, clock: Clock, call: Call): Call {
  return (caller, service, operation, params = {}) => {
    const principal = authenticate(state, caller, clock.now());
    const other = isAwsError(principal) ? null : resourceAccount(state, service, params);
    const result = call(caller, service, operation, params);
    const dataEvent =
      (service === 's3' && S3_DATA_EVENTS.has(operation)) ||
      (service === 'dynamodb' && DYNAMODB_DATA_EVENTS.has(operation));
    if (isAwsError(principal) || dataEvent) return result;
    const accessKeyId = 'accessKeyId' in caller ? caller.accessKeyId : '';
    const success = !isAwsError(result);
    // The account that owns the resource gets its own copy of a successful call from another account ("Logging
    // sign-in events for temporary credentials": AssumeRole is logged in the calling account and the role's account).
    const recipients = [principal.accountId];
    if (success && other && other !== principal.accountId && state.accounts[other]) recipients.push(other);
    recordEvent(state, ids, {
      principal,
      accessKeyId,
      service,
      operation,
      params,
      result,
      recipients,
      now: clock.now(),
    });
    return result;
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
  readonly principal: Principal;
  readonly accessKeyId: string;
  readonly service: ServiceName;
  readonly operation: string;
  readonly params: Params;
  readonly result: CallResult;
  readonly recipients: readonly string[];
  readonly now: Date;
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
      userIdentity: userIdentity(r.principal, r.accessKeyId),
      eventTime,
      eventSource: eventSource(r.service),
      eventName: r.operation,
      awsRegion: REGION,
      sourceIPAddress: SOURCE_IP,
      userAgent: USER_AGENT,
      ...(failure ? { errorCode: failure.code, errorMessage: failure.message } : {}),
      requestParameters: requestParameters(r.service, r.params),
      responseElements: output ? responseElements(r.service, r.operation, output) : null,
      requestID,
      eventID,
      readOnly,
      ...(r.service === 'sts' && typeof r.params.RoleArn === 'string'
        ? { resources: [roleResource(r.params.RoleArn)] }
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
      username: eventUsername(r.principal),
      accessKeyId: r.accessKeyId,
      readOnly,
      resources: eventResources(r.service, r.params, output),
      record,
    };
    state.cloudtrail.events.push(event);
  }
}

function roleResource(arn: string): Record<string, string> {
  return { ARN: arn, accountId: /^arn:aws:iam::(\d{12}):/.exec(arn)?.[1] ?? '', type: 'AWS::IAM::Role' };
}
