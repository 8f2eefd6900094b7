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
      findings: findings.map((f) => {
        const path = writtenPath(spans, f.path);
        return {
          ...issueFor(f),
          locations: [{ path: pathElements(path), span: spanOf(spans, path, p.policyDocument) }],
        };
      }),
    };
  },
};

/** The linter's kind of policy for the request's policy type (role trust policies are resource policies). */
function kindOf(p: P): PolicyKind {
  if (p.policyType === 'IDENTITY_POLICY') return 'identity';
  if (p.policyType === 'SERVICE_CONTROL_POLICY') return 'scp';
  return p.validatePolicyResourceType === 'AWS::IAM::AssumeRolePolicyDocument' ? 'trust' : 'resource';
}

/**
 * The linter's path as the document is written: a `[0]` the JSON does not have (a lone Statement object, an Action
 * string) is dropped. Public ValidatePolicy output locates `"Action": "s3:ListBuckets"` in a lone statement object at
 * `[{value:"Statement"},{value:"Action"}]`, and the 78th action of a Statement array at `Statement`, 0, `Action`, 77.
 */
export function writtenPath(spans: ReadonlyMap<string, Span>, path: string): string {
  let out = '';
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] === undefined) out = out === '' ? (m[1] ?? '') : `${out}.${m[1]}`;
    else if (m[2] !== '0' || spans.has(`${out}[0]`) || !spans.has(out)) out = `${out}[${m[2]}]`;
  }
  return out;
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
