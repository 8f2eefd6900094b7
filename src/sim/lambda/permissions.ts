import type { Operation } from '../world/operation.ts';
import { functionArn, lambdaAuthorize } from './authorize.ts';
import { lambdaErrors } from './errors.ts';
import { findFunction } from './functions.ts';

type P = {
  FunctionName: string;
  StatementId: string;
  Action: string;
  Principal: string;
  SourceArn?: string;
  SourceAccount?: string;
};

const on = (action: string, run: Operation['run']): Operation => ({
  authorization: null,
  run(params, ctx) {
    const name = (params as P).FunctionName;
    return lambdaAuthorize(ctx, { action, resource: functionArn(ctx, name) }) ?? run(params, ctx);
  },
});

/** AddPermission: one statement of the function's resource policy, returned as JSON text. */
export const addPermission = on('lambda:AddPermission', (params, ctx) => {
  const p = params as P;
  const fn = findFunction(ctx, p.FunctionName);
  if ('kind' in fn) return fn;
  if (fn.statements.some((s) => s.Sid === p.StatementId)) return lambdaErrors.sidExists(p.StatementId);
  const principal = /^\d{12}$/.test(p.Principal)
    ? { AWS: `arn:aws:iam::${p.Principal}:root` }
    : p.Principal.endsWith('.amazonaws.com')
      ? { Service: p.Principal }
      : { AWS: p.Principal };
  const condition = {
    ...(p.SourceArn ? { ArnLike: { 'AWS:SourceArn': p.SourceArn } } : {}),
    ...(p.SourceAccount ? { StringEquals: { 'AWS:SourceAccount': p.SourceAccount } } : {}),
  };
  const statement = {
    Sid: p.StatementId,
    Effect: 'Allow',
    Principal: principal,
    Action: p.Action,
    Resource: fn.functionArn,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
  fn.statements.push(statement);
  fn.revisionId = ctx.ids.uuid();
  return { Statement: JSON.stringify(statement) };
});

/** RemovePermission. */
export const removePermission = on('lambda:RemovePermission', (params, ctx) => {
  const p = params as P;
  const fn = findFunction(ctx, p.FunctionName);
  if ('kind' in fn) return fn;
  const index = fn.statements.findIndex((s) => s.Sid === p.StatementId);
  if (index < 0) return lambdaErrors.noStatement();
  fn.statements.splice(index, 1);
  fn.revisionId = ctx.ids.uuid();
  return {};
});

/** GetPolicy: ResourceNotFoundException while the function has no statement (moto #7475). */
export const getPolicy = on('lambda:GetPolicy', (params, ctx) => {
  const fn = findFunction(ctx, (params as P).FunctionName);
  if ('kind' in fn) return fn;
  if (fn.statements.length === 0) return lambdaErrors.noPolicy();
  return {
    Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: fn.statements }),
    RevisionId: fn.revisionId,
  };
});
