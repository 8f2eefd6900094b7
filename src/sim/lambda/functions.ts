import type { AwsError } from '../aws-error.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { serviceMayAssume } from '../world/service-session.ts';
import { functionArn, functionName, lambdaAuthorize } from './authorize.ts';
import { type CodeSource, codeDigest } from './code.ts';
import { lambdaErrors } from './errors.ts';
import type { FunctionRecord } from './state.ts';

type P = {
  FunctionName: string;
  Role?: string;
  Handler?: string;
  Runtime?: string;
  Description?: string;
  Timeout?: number;
  MemorySize?: number;
  Environment?: { Variables?: Record<string, string> };
  /** CreateFunction's package. */
  Code?: CodeSource;
  /** UpdateFunctionCode's package and options. */
  ZipFile?: unknown;
  S3Bucket?: string;
  S3Key?: string;
  DryRun?: boolean;
};

/**
 * Where a change stands in the answer to the call that made it. AWS answers CreateFunction and the Update* calls
 * before Lambda has finished provisioning; the simulator finishes at once, so the stored function is already
 * `Active`/`Successful` (what GetFunction and GetFunctionConfiguration show) and only that first answer says otherwise.
 */
export type Settling = 'settled' | 'creating' | 'updating';

/**
 * State fields, in FunctionConfiguration's member order. Source: https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html
 * (a new function is `"State": "Pending", "StateReason": "The function is being created.", "StateReasonCode":
 * "Creating"`, with no LastUpdateStatus yet; an update in progress is `"LastUpdateStatus": "InProgress"`; a ready one
 * is `Active`/`Successful`). The update's reason fields are worded as real update-function-code and
 * update-function-configuration output shows them ("The function is being created." / `Creating`, though the model's
 * LastUpdateStatusReasonCode enum omits `Creating`).
 */
const STATE_FIELDS: Record<Settling, Record<string, string>> = {
  settled: { State: 'Active', LastUpdateStatus: 'Successful' },
  creating: { State: 'Pending', StateReason: 'The function is being created.', StateReasonCode: 'Creating' },
  updating: {
    State: 'Active',
    LastUpdateStatus: 'InProgress',
    LastUpdateStatusReason: 'The function is being created.',
    LastUpdateStatusReasonCode: 'Creating',
  },
};

/** The `FunctionConfiguration` shape, as of `settling` (see Settling). */
export function configuration(fn: FunctionRecord, settling: Settling = 'settled'): Record<string, unknown> {
  return {
    FunctionName: fn.functionName,
    FunctionArn: fn.functionArn,
    Runtime: fn.runtime,
    Role: fn.role,
    Handler: fn.handler,
    CodeSize: fn.codeSize,
    Description: fn.description,
    Timeout: fn.timeout,
    MemorySize: fn.memorySize,
    LastModified: fn.lastModified,
    CodeSha256: fn.codeSha256,
    Version: '$LATEST',
    ...(Object.keys(fn.environment).length > 0 ? { Environment: { Variables: { ...fn.environment } } } : {}),
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: fn.revisionId,
    ...STATE_FIELDS[settling],
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.functionName}` },
  };
}

/** The function a request names, or Lambda's ResourceNotFoundException. */
export function findFunction(ctx: OperationContext, nameOrArn: string): FunctionRecord | AwsError {
  return (
    ctx.account.lambda.functions[functionName(nameOrArn)] ??
    lambdaErrors.notFound(functionArn(ctx, nameOrArn))
  );
}

/** Checks a new execution role: iam:PassRole on it, and its trust policy must let lambda.amazonaws.com assume it. */
function checkRole(ctx: OperationContext, roleArn: string): AwsError | null {
  const passDenied = lambdaAuthorize(ctx, {
    action: 'iam:PassRole',
    resource: roleArn,
    context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
  });
  if (passDenied) return passDenied;
  const role = Object.values(ctx.account.iam.roles).find((r) => r.arn === roleArn);
  return role && serviceMayAssume(role, 'lambda.amazonaws.com') ? null : lambdaErrors.cannotAssume();
}

const onFunction = (action: string, run: Operation['run']): Operation => ({
  authorization: null,
  run(params, ctx) {
    const name = (params as P).FunctionName;
    return lambdaAuthorize(ctx, { action, resource: functionArn(ctx, name) }) ?? run(params, ctx);
  },
});

/**
 * CreateFunction: CodeSize and CodeSha256 describe the uploaded package; what the function does is still the Handler's
 * canned behaviour (see handlers.ts).
 */
export const createFunction = onFunction('lambda:CreateFunction', (params, ctx) => {
  const p = params as P;
  const name = functionName(p.FunctionName);
  if (ctx.account.lambda.functions[name]) return lambdaErrors.exists(name);
  const roleError = checkRole(ctx, p.Role ?? '');
  if (roleError) return roleError;
  const code = codeDigest(ctx.state, p.Code);
  if ('kind' in code) return code;
  const fn: FunctionRecord = {
    functionName: name,
    functionArn: functionArn(ctx, name),
    role: p.Role ?? '',
    handler: p.Handler ?? 'index.handler',
    runtime: p.Runtime ?? 'nodejs20.x',
    description: p.Description ?? '',
    timeout: p.Timeout ?? 3,
    memorySize: p.MemorySize ?? 128,
    environment: { ...(p.Environment?.Variables ?? {}) },
    lastModified: lastModified(ctx),
    codeSha256: code.codeSha256,
    codeSize: code.codeSize,
    revisionId: ctx.ids.uuid(),
    statements: [],
  };
  ctx.account.lambda.functions[name] = fn;
  return configuration(fn, 'creating');
});

/** GetFunction. */
export const getFunction = onFunction('lambda:GetFunction', (params, ctx) => {
  const fn = findFunction(ctx, (params as P).FunctionName);
  if ('kind' in fn) return fn;
  return {
    Configuration: configuration(fn),
    Code: {
      RepositoryType: 'S3',
      Location: `https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/${ctx.account.id}/${fn.functionName}`,
    },
  };
});

/** GetFunctionConfiguration. */
export const getFunctionConfiguration = onFunction('lambda:GetFunctionConfiguration', (params, ctx) => {
  const fn = findFunction(ctx, (params as P).FunctionName);
  return 'kind' in fn ? fn : configuration(fn);
});

/** ListFunctions (resource `*`). */
export const listFunctions: Operation = {
  authorization: null,
  run(_params, ctx) {
    const denied = lambdaAuthorize(ctx, { action: 'lambda:ListFunctions', resource: '*' });
    if (denied) return denied;
    const fns = Object.values(ctx.account.lambda.functions).sort((a, b) =>
      a.functionName < b.functionName ? -1 : 1,
    );
    return { Functions: fns.map((fn) => configuration(fn)) };
  },
};

/** DeleteFunction. */
export const deleteFunction = onFunction('lambda:DeleteFunction', (params, ctx) => {
  const fn = findFunction(ctx, (params as P).FunctionName);
  if ('kind' in fn) return fn;
  delete ctx.account.lambda.functions[fn.functionName];
  return {};
});

/** UpdateFunctionConfiguration: a new Role is checked like at creation. */
export const updateFunctionConfiguration = onFunction('lambda:UpdateFunctionConfiguration', (params, ctx) => {
  const p = params as P;
  const fn = findFunction(ctx, p.FunctionName);
  if ('kind' in fn) return fn;
  if (p.Role !== undefined && p.Role !== fn.role) {
    const roleError = checkRole(ctx, p.Role);
    if (roleError) return roleError;
    fn.role = p.Role;
  }
  if (p.Handler !== undefined) fn.handler = p.Handler;
  if (p.Runtime !== undefined) fn.runtime = p.Runtime;
  if (p.Description !== undefined) fn.description = p.Description;
  if (p.Timeout !== undefined) fn.timeout = p.Timeout;
  if (p.MemorySize !== undefined) fn.memorySize = p.MemorySize;
  if (p.Environment !== undefined) fn.environment = { ...(p.Environment.Variables ?? {}) };
  fn.lastModified = lastModified(ctx);
  fn.revisionId = ctx.ids.uuid();
  return configuration(fn, 'updating');
});

/**
 * UpdateFunctionCode: a new package (ZipFile, or S3Bucket and S3Key); DryRun checks it without deploying, so nothing
 * is in progress and it answers with the settled state (unverified against AWS).
 */
export const updateFunctionCode = onFunction('lambda:UpdateFunctionCode', (params, ctx) => {
  const p = params as P;
  const fn = findFunction(ctx, p.FunctionName);
  if ('kind' in fn) return fn;
  const code = codeDigest(ctx.state, p);
  if ('kind' in code) return code;
  if (p.DryRun) return configuration({ ...fn, ...code });
  fn.codeSize = code.codeSize;
  fn.codeSha256 = code.codeSha256;
  fn.lastModified = lastModified(ctx);
  fn.revisionId = ctx.ids.uuid();
  return configuration(fn, 'updating');
});

/** Lambda's LastModified: `2019-08-14T22:26:11.234+0000`. */
function lastModified(ctx: OperationContext): string {
  return `${ctx.now.toISOString().slice(0, 23)}+0000`;
}
