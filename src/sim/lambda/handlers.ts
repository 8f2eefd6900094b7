import { isAwsError } from '../aws-error.ts';
import type { Caller } from '../world/credentials.ts';
import type { OperationContext } from '../world/operation.ts';
import type { FunctionRecord } from './state.ts';

/** What a simulated handler sees: its function, the event, its role's credentials and a log. */
export interface HandlerInput {
  readonly fn: FunctionRecord;
  readonly event: unknown;
  /** The execution role's session: the function's AWS calls go through `ctx.call` with it. */
  readonly credentials: Caller;
  readonly ctx: OperationContext;
  log(line: string): void;
}

/** A handler's result: a JSON payload, or an error (errorType, errorMessage) Lambda reports as Unhandled. */
export type HandlerResult =
  | { readonly ok: true; readonly payload: unknown }
  | { readonly ok: false; readonly errorType: string; readonly errorMessage: string };

/**
 * The canned behaviours a function can have, picked by its Handler:
 * - `index.handler`: logs the event and returns `{ statusCode: 200, body: "\"Hello from Lambda!\"" }`.
 * - `s3-reader.handler`: reads object KEY (default `hello.txt`) from bucket BUCKET (environment variables) with the
 *   execution role; a denial fails the invocation.
 * - `whoami.handler`: returns sts:GetCallerIdentity of the execution role session.
 * - `ddb-writer.handler`: puts the event (an object of strings and numbers) as an item into table TABLE (environment
 *   variable) with the execution role; a denial fails the invocation.
 * - `fail.handler`: always throws.
 * Any other handler fails like a missing module does in the Node.js runtime.
 */
export const HANDLERS: Readonly<Record<string, (input: HandlerInput) => HandlerResult>> = {
  'index.handler': ({ event, log }) => {
    log(`INFO\tReceived event: ${JSON.stringify(event)}`);
    return { ok: true, payload: { statusCode: 200, body: JSON.stringify('Hello from Lambda!') } };
  },
  's3-reader.handler': ({ fn, ctx, credentials, log }) => {
    const bucket = fn.environment.BUCKET ?? '';
    const key = fn.environment.KEY ?? 'hello.txt';
    log(`INFO\tReading s3://${bucket}/${key}`);
    const result = ctx.call(credentials, 's3', 'GetObject', { Bucket: bucket, Key: key });
    if (isAwsError(result)) {
      log(`ERROR\t${result.code}: ${result.message}`);
      return { ok: false, errorType: result.code, errorMessage: result.message };
    }
    const body = (result as { Body?: unknown }).Body;
    return {
      ok: true,
      payload: { statusCode: 200, body: typeof body === 'string' ? body : String(body ?? '') },
    };
  },
  'whoami.handler': ({ ctx, credentials }) => {
    const result = ctx.call(credentials, 'sts', 'GetCallerIdentity', {});
    if (isAwsError(result)) return { ok: false, errorType: result.code, errorMessage: result.message };
    return { ok: true, payload: result };
  },
  'ddb-writer.handler': ({ fn, ctx, credentials, event, log }) => {
    const table = fn.environment.TABLE ?? '';
    const fields = typeof event === 'object' && event !== null ? Object.entries(event) : [];
    const item = Object.fromEntries(
      fields.map(([k, v]) => [k, typeof v === 'number' ? { N: String(v) } : { S: String(v) }]),
    );
    log(`INFO\tPutItem into ${table}`);
    const result = ctx.call(credentials, 'dynamodb', 'PutItem', { TableName: table, Item: item });
    if (isAwsError(result)) {
      log(`ERROR\t${result.code}: ${result.message}`);
      return { ok: false, errorType: result.code, errorMessage: result.message };
    }
    return { ok: true, payload: { statusCode: 200, body: JSON.stringify({ saved: item }) } };
  },
  'fail.handler': ({ log }) => {
    log('ERROR\tSomething went wrong');
    return { ok: false, errorType: 'Error', errorMessage: 'Something went wrong' };
  },
};
