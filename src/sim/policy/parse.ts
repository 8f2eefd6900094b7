import type { AwsError } from '../aws-error.ts';
import { parseConditionBlock } from './parse-condition.ts';
import { MESSAGES, malformed } from './policy-errors.ts';
import { type RawStatement, rawPolicySchema } from './schema.ts';
import type { PolicyDocument, PolicyKind, PrincipalBlock, PrincipalSpec, Statement } from './types.ts';
import { validateForKind } from './validate.ts';

/** Result of `parsePolicy`: the AST, or IAM's error plus the element path that caused it (for linters). */
export type ParseResult =
  | { readonly ok: true; readonly policy: PolicyDocument }
  | { readonly ok: false; readonly error: AwsError; readonly path?: string };

/**
 * Parses and validates a policy document (JSON text or an already-parsed value) for the place it is used.
 * Errors are the `MalformedPolicyDocument` values IAM returns, first problem wins.
 */
export function parsePolicy(input: unknown, kind: PolicyKind): ParseResult {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return fail(malformed(MESSAGES.syntax));
    }
  }
  const shape = rawPolicySchema.safeParse(json);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return fail(malformed(MESSAGES.syntax), issue ? formatPath(issue.path) : undefined);
  }
  const raw = shape.data;
  const rawStatements = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
  const statements: Statement[] = [];
  for (const [index, rawStatement] of rawStatements.entries()) {
    const built = buildStatement(rawStatement, index);
    if ('kind' in built) return fail(built, `Statement[${index}]`);
    statements.push(built);
  }
  const policy: PolicyDocument = {
    version: raw.Version ?? '2008-10-17',
    versionOmitted: raw.Version === undefined,
    ...(raw.Id === undefined ? {} : { id: raw.Id }),
    statements,
  };
  const problem = validateForKind(policy, kind);
  return problem ? fail(problem.error, problem.path) : { ok: true, policy };
}

function buildStatement(raw: RawStatement, index: number): Statement | AwsError {
  if (!['allow', 'deny'].includes(raw.Effect.toLowerCase())) return malformed(MESSAGES.syntax);
  // IAM accepts "allow" in its syntax pass but rejects it in the legacy pass (case-sensitive Effect).
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') return malformed(MESSAGES.legacy);
  if (both(raw.Action, raw.NotAction) || both(raw.Resource, raw.NotResource))
    return malformed(MESSAGES.syntax);
  if (both(raw.Principal, raw.NotPrincipal)) return malformed(MESSAGES.syntax);
  const conditions = parseConditionBlock(raw.Condition);
  if ('kind' in conditions) return conditions;
  const actionValues = list(raw.Action ?? raw.NotAction);
  const resourceValues = raw.Resource ?? raw.NotResource;
  const principal = principalBlock(raw);
  return {
    index,
    ...(raw.Sid === undefined ? {} : { sid: raw.Sid }),
    effect: raw.Effect,
    action: { kind: raw.Action !== undefined ? 'Action' : 'NotAction', values: actionValues },
    ...(resourceValues === undefined
      ? {}
      : {
          resource: {
            kind: raw.Resource !== undefined ? 'Resource' : 'NotResource',
            values: list(resourceValues),
          },
        }),
    ...(principal ? { principal } : {}),
    conditions,
  };
}

function principalBlock(raw: RawStatement): PrincipalBlock | undefined {
  const value = raw.Principal ?? raw.NotPrincipal;
  if (value === undefined) return undefined;
  const kind = raw.Principal !== undefined ? 'Principal' : 'NotPrincipal';
  if (value === '*') return { kind, spec: { kind: '*' } };
  const entries: Record<string, readonly string[]> = {};
  for (const [type, ids] of Object.entries(value)) if (ids !== undefined) entries[type] = list(ids);
  return { kind, spec: { kind: 'map', entries } as PrincipalSpec };
}

function list(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

function both(a: unknown, b: unknown): boolean {
  return a !== undefined && b !== undefined;
}

function fail(error: AwsError, path?: string): ParseResult {
  return path === undefined ? { ok: false, error } : { ok: false, error, path };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}
