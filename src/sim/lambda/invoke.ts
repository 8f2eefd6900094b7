import { isAwsError } from '../aws-error.ts';
import type { Caller } from '../world/credentials.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { issueServiceSession } from '../world/service-session.ts';
import { functionArn, lambdaAuthorize } from './authorize.ts';
import { base64 } from './base64.ts';
import { findFunction } from './functions.ts';
import { HANDLERS, type HandlerResult } from './handlers.ts';
import type { FunctionRecord } from './state.ts';

type P = { FunctionName: string; LogType?: 'None' | 'Tail'; Payload?: unknown; InvocationType?: string };

/**
 * Invoke: runs the function's canned handler with a session of its execution role assumed by lambda.amazonaws.com,
 * so a missing permission really fails. The runtime writes the logs to /aws/lambda/NAME with that session too, so
 * they arrive only when the role allows logs:CreateLogGroup, CreateLogStream and PutLogEvents.
 *
 * InvocationType (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html): `Event` answers 202 and "the API
 * response only includes a status code" (no Payload, LogResult, FunctionError or ExecutedVersion; the CLI still
 * creates an empty outfile, https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html); `DryRun` answers 204
 * without running anything. The simulator has no scheduler, so an Event invocation runs at once, before the 202 is
 * returned: its logs and side effects are already there when the learner looks.
 */
export const invoke: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const denied = lambdaAuthorize(ctx, {
      action: 'lambda:InvokeFunction',
      resource: functionArn(ctx, p.FunctionName),
    });
    if (denied) return denied;
    const fn = findFunction(ctx, p.FunctionName);
    if ('kind' in fn) return fn;
    if (p.InvocationType === 'DryRun') return { StatusCode: 204 };
    const { result, log } = execute(fn, ctx, parsePayload(p.Payload));
    if (p.InvocationType === 'Event') return { StatusCode: 202 };
    const payload = result.ok
      ? JSON.stringify(result.payload)
      : JSON.stringify({ errorType: result.errorType, errorMessage: result.errorMessage, trace: [] });
    return {
      StatusCode: 200,
      ...(result.ok ? {} : { FunctionError: 'Unhandled' }),
      ...(p.LogType === 'Tail' ? { LogResult: base64(log.slice(-4096)) } : {}),
      Payload: payload,
      ExecutedVersion: '$LATEST',
    };
  },
};

/** One run of the function as its execution role: the handler's result and the runtime's log text, delivered too. */
function execute(
  fn: FunctionRecord,
  ctx: OperationContext,
  event: unknown,
): { result: HandlerResult; log: string } {
  const requestId = ctx.ids.uuid();
  const lines: string[] = [`START RequestId: ${requestId} Version: $LATEST`];
  const credentials = executionCredentials(ctx, fn);
  const result: HandlerResult = !credentials
    ? {
        ok: false,
        errorType: 'AccessDeniedException',
        errorMessage: 'The role defined for the function cannot be assumed by Lambda.',
      } // wording unverified
    : run(fn, ctx, credentials, event, (line) =>
        lines.push(`${ctx.now.toISOString()}\t${requestId}\t${line}`),
      );
  lines.push(`END RequestId: ${requestId}`);
  // wording unverified: REPORT line layout from memory of CloudWatch Lambda logs.
  lines.push(
    `REPORT RequestId: ${requestId}\tDuration: 2.15 ms\tBilled Duration: 3 ms\tMemory Size: ${fn.memorySize} MB\tMax Memory Used: 67 MB`,
  );
  if (credentials) deliverLogs(ctx, fn, credentials, lines);
  return { result, log: `${lines.join('\n')}\n` };
}

function run(
  fn: FunctionRecord,
  ctx: OperationContext,
  credentials: Caller,
  event: unknown,
  log: (line: string) => void,
): HandlerResult {
  const handler = HANDLERS[fn.handler];
  if (!handler) {
    // The Node.js runtime's error for a handler it cannot load. wording unverified
    const module = fn.handler.split('.')[0] ?? fn.handler;
    return {
      ok: false,
      errorType: 'Runtime.ImportModuleError',
      errorMessage: `Error: Cannot find module '${module}'`,
    };
  }
  return handler({ fn, event, credentials, ctx, log });
}

/** A one-hour session of the execution role named after the function, or null if Lambda cannot assume it. */
function executionCredentials(ctx: OperationContext, fn: FunctionRecord): Caller | null {
  const role = Object.values(ctx.account.iam.roles).find((r) => r.arn === fn.role);
  if (!role) return null;
  const session = issueServiceSession(ctx.state, ctx.ids, ctx.now, {
    service: 'lambda.amazonaws.com',
    accountId: ctx.account.id,
    role,
    sessionName: fn.functionName,
    durationSeconds: 3600,
  });
  return session
    ? {
        accessKeyId: session.accessKeyId,
        secretAccessKey: session.secretAccessKey,
        sessionToken: session.sessionToken,
      }
    : null;
}

/** Writes the invocation's log lines as the runtime does; a denied call silently loses the logs, as in AWS. */
function deliverLogs(
  ctx: OperationContext,
  fn: FunctionRecord,
  credentials: Caller,
  lines: readonly string[],
): void {
  const logGroupName = `/aws/lambda/${fn.functionName}`;
  const created = ctx.call(credentials, 'logs', 'CreateLogGroup', { logGroupName });
  if (isAwsError(created) && created.code !== 'ResourceAlreadyExistsException') return;
  const day = ctx.now.toISOString().slice(0, 10).replaceAll('-', '/');
  const logStreamName = `${day}/[$LATEST]${ctx.ids.hexId('', 33).slice(1)}`;
  if (isAwsError(ctx.call(credentials, 'logs', 'CreateLogStream', { logGroupName, logStreamName }))) return;
  ctx.call(credentials, 'logs', 'PutLogEvents', {
    logGroupName,
    logStreamName,
    // Each event keeps the newline the runtime wrote (`START RequestId: … Version: $LATEST\n`), as CloudWatch shows.
    logEvents: lines.map((message) => ({ timestamp: ctx.now.getTime(), message: `${message}\n` })),
  });
}

function parsePayload(payload: unknown): unknown {
  const text =
    typeof payload === 'string'
      ? payload
      : payload instanceof Uint8Array
        ? String.fromCharCode(...payload)
        : '';
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
