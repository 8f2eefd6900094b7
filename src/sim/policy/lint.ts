import type { LintFinding } from './lint-rules/finding.ts';
import { RULES } from './lint-rules/index.ts';
import { parsePolicy } from './parse.ts';
import type { PolicyDocument, PolicyKind } from './types.ts';

export type { LintFinding, LintSeverity } from './lint-rules/finding.ts';

/** Options for `lintPolicy`. */
export interface LintOptions {
  /** The account that owns the policy; other accounts' principals count as cross-account. */
  readonly account?: string;
}

const isParsed = (doc: object): doc is PolicyDocument =>
  Array.isArray((doc as { statements?: unknown }).statements);

/**
 * Checks a policy for mistakes IAM accepts but that grant more (or deny less) than the author meant, in
 * the spirit of IAM Access Analyzer policy validation. A document IAM would reject yields a single `error`
 * finding carrying IAM's MalformedPolicyDocument message. Findings are ordered by statement.
 */
export function lintPolicy(
  doc: string | object | PolicyDocument,
  kind: PolicyKind,
  options: LintOptions = {},
): LintFinding[] {
  let policy: PolicyDocument;
  if (typeof doc === 'object' && doc !== null && isParsed(doc)) policy = doc;
  else {
    const parsed = parsePolicy(doc, kind);
    if (!parsed.ok) return [malformedFinding(parsed.error.message, parsed.path)];
    policy = parsed.policy;
  }
  const context = {
    policy,
    kind,
    ...(options.account === undefined ? {} : { account: options.account }),
  };
  const findings = RULES.flatMap((rule) => rule(context));
  // Array.prototype.sort is stable, so findings for one statement keep the rule order.
  return findings.sort((a, b) => a.statement.index - b.statement.index);
}

/** IAM's own message, word for word; `path` is empty when IAM names no element (e.g. invalid JSON). */
function malformedFinding(message: string, path: string | undefined): LintFinding {
  const index = Number(/^Statement\[(\d+)\]/.exec(path ?? '')?.[1] ?? -1);
  return {
    code: 'malformed-policy-document',
    severity: 'error',
    message,
    statement: { index },
    path: path ?? '',
  };
}
