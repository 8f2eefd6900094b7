import type { LintFinding } from '../policy/lint.ts';

/** An Access Analyzer finding type. */
export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

const REFERENCE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';

/** How one linter code appears as an Access Analyzer finding. */
interface IssueCode {
  readonly issueCode: string;
  readonly findingType: FindingType;
  /** The `findingDetails` AWS writes, when known; otherwise the linter's own explanation is used. */
  readonly details?: string;
  /** The reference page anchor (`…-security-warning-pass-role-with-star-in-resource`). */
  readonly anchor?: string;
}

/**
 * Linter codes with a documented Access Analyzer counterpart. Issue code, type and details of
 * PASS_ROLE_WITH_STAR_IN_RESOURCE are from public ValidatePolicy output; MISSING_VERSION's type WARNING from
 * aws-cloudformation/cfn-policy-validator's tests; JSON_SYNTAX_ERROR from the check reference's "Error – Json syntax
 * error". The other linter checks are the course's own and keep their code, upper-cased.
 */
const KNOWN: Readonly<Record<string, IssueCode>> = {
  'passrole-wildcard': {
    issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    findingType: 'SECURITY_WARNING',
    details:
      'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
    anchor: 'security-warning-pass-role-with-star-in-resource',
  },
  // findingDetails wording unverified: the linter's text is used.
  'version-missing': {
    issueCode: 'MISSING_VERSION',
    findingType: 'WARNING',
    anchor: 'general-warning-missing-version',
  },
};

const TYPES: Readonly<Record<LintFinding['severity'], FindingType>> = {
  error: 'ERROR',
  'security-warning': 'SECURITY_WARNING',
  warning: 'WARNING',
  suggestion: 'SUGGESTION',
};

/** The Access Analyzer view of a linter finding: issue code, finding type, details and learn-more link. */
export function issueFor(finding: LintFinding): {
  issueCode: string;
  findingType: FindingType;
  findingDetails: string;
  learnMoreLink: string;
} {
  if (finding.code === 'malformed-policy-document') {
    // Invalid JSON has no element path; anything else IAM rejects is reported with IAM's message.
    const json = finding.path === '';
    return {
      issueCode: json ? 'JSON_SYNTAX_ERROR' : 'INVALID_POLICY_ELEMENT', // the latter unverified
      findingType: 'ERROR',
      findingDetails: finding.message,
      learnMoreLink: `${REFERENCE}#access-analyzer-reference-policy-checks-error-${json ? 'json-syntax-error' : 'invalid-policy-element'}`,
    };
  }
  const known = KNOWN[finding.code];
  return {
    issueCode: known?.issueCode ?? finding.code.toUpperCase().replaceAll('-', '_'),
    findingType: known?.findingType ?? TYPES[finding.severity],
    findingDetails: known?.details ?? finding.message,
    learnMoreLink: known?.anchor
      ? `${REFERENCE}#access-analyzer-reference-policy-checks-${known.anchor}`
      : REFERENCE,
  };
}
