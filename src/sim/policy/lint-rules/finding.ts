import type { PolicyDocument, PolicyKind, Statement } from '../types.ts';

/** How serious a finding is, after IAM Access Analyzer's finding types (ERROR, SECURITY_WARNING, ...). */
export type LintSeverity = 'error' | 'security-warning' | 'warning' | 'suggestion';

/** One linter finding: a stable code, a severity, our own explanation, and where it points. */
export interface LintFinding {
  /** Stable kebab-case rule code, e.g. `trust-any-principal`. */
  readonly code: string;
  readonly severity: LintSeverity;
  /** What is wrong and how to fix it, in the course's words (not copied from AWS). */
  readonly message: string;
  /** The statement it is about; `index` is -1 for findings about the whole document (e.g. `Version`). */
  readonly statement: { readonly index: number; readonly sid?: string };
  /** Element path, e.g. `Statement[0].Principal`, `Statement[0].Action[1]` or `Version`. */
  readonly path: string;
  /** The offending value when the finding is about one entry (e.g. the action `s3:GetObjects`). */
  readonly value?: string;
}

/** What every rule sees: the parsed document, where it is used, and the owning account when known. */
export interface LintContext {
  readonly policy: PolicyDocument;
  readonly kind: PolicyKind;
  /** The account that owns the policy (12 digits); cross-account checks compare principals to it. */
  readonly account?: string;
}

/** A rule returns its findings (none when the document is fine). */
export type LintRule = (context: LintContext) => LintFinding[];

/** Builds a finding about statement `s`; `field` is appended to `Statement[i]`. */
export function statementFinding(
  code: string,
  severity: LintSeverity,
  s: Statement,
  field: string,
  message: string,
): LintFinding {
  return {
    code,
    severity,
    message,
    statement: s.sid === undefined ? { index: s.index } : { index: s.index, sid: s.sid },
    path: `Statement[${s.index}].${field}`,
  };
}

/** Builds a finding about the document as a whole (statement index -1). */
export function documentFinding(
  code: string,
  severity: LintSeverity,
  path: string,
  message: string,
): LintFinding {
  return { code, severity, message, statement: { index: -1 }, path };
}
