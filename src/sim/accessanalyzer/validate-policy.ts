import { awsError } from '../aws-error.ts';
import { lintPolicy } from '../policy/lint.ts';
import type { PolicyKind } from '../policy/types.ts';
import type { Operation } from '../world/operation.ts';
import { issueFor } from './issue-codes.ts';
import { jsonSpans, position, type Span } from './json-spans.ts';

type P = {
  policyDocument: string;
  policyType: 'IDENTITY_POLICY' | 'RESOURCE_POLICY' | 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';
  validatePolicyResourceType?: string;
};

/** Path elements as Access Analyzer writes them: `{ value: "Statement" }, { index: 0 }, { value: "Resource" }`. */
type PathElement = { index: number } | { value: string };

/**
 * ValidatePolicy: runs the course's policy linter (`lintPolicy`) and reports its findings in Access Analyzer's shape,
 * each located by path and by span in the submitted text. Needs access-analyzer:ValidatePolicy on `*`.
 */
export const validatePolicy: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    // Access Analyzer's error is AccessDeniedException (HTTP 403, API reference); the message text is unverified.
    const denied = ctx.authorize({ action: 'access-analyzer:ValidatePolicy', resource: '*' });
    if (denied) return awsError('AccessDeniedException', denied.message, 403);
    const findings = lintPolicy(p.policyDocument, kindOf(p), { account: ctx.account.id });
    const spans = jsonSpans(p.policyDocument);
    return {
      findings: findings.map((f) => ({
        ...issueFor(f),
        locations: [{ path: pathElements(f.path), span: spanOf(spans, f.path, p.policyDocument) }],
      })),
    };
  },
};

/** The linter's kind of policy for the request's policy type (role trust policies are resource policies). */
function kindOf(p: P): PolicyKind {
  if (p.policyType === 'IDENTITY_POLICY') return 'identity';
  if (p.policyType === 'SERVICE_CONTROL_POLICY') return 'scp';
  return p.validatePolicyResourceType === 'AWS::IAM::AssumeRolePolicyDocument' ? 'trust' : 'resource';
}

/** `Statement[0].Resource` → `[{value:"Statement"},{index:0},{value:"Resource"}]`. */
export function pathElements(path: string): PathElement[] {
  const out: PathElement[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push({ index: Number(m[2]) });
    else if (m[1] !== undefined) out.push({ value: m[1] });
  }
  return out;
}

/**
 * The span of the element at `path`, or of its nearest enclosing element that is written (a missing `Condition` points
 * at its statement; `Statement[0]` of a single-object Statement at that object). Invalid JSON spans the whole text.
 */
function spanOf(spans: ReadonlyMap<string, Span>, path: string, text: string): Span {
  let at = path;
  for (;;) {
    const found = spans.get(at) ?? spans.get(at.replace(/\[0\]$/, ''));
    if (found) return found;
    if (at === '') return { start: position(text, 0), end: position(text, text.length) };
    at = at.includes('.') || at.endsWith(']') ? at.replace(/(\.[^.[\]]+|\[\d+\])$/, '') : '';
  }
}
