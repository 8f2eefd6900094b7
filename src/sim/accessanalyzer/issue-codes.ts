import type { LintFinding } from '../policy/lint.ts';
import { API_NAMED_ACTIONS } from '../policy/lint-rules/action-catalog.ts';

/** An Access Analyzer finding type. */
export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

const REFERENCE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';

/** How one linter code appears as an Access Analyzer finding. */
interface IssueCode {
  readonly issueCode: string;
  readonly findingType: FindingType;
  /** The `findingDetails` AWS writes, when known; otherwise the linter's own explanation is used. */
  readonly details?: string | ((finding: LintFinding) => string);
  /** The reference page anchor (`…-security-warning-pass-role-with-star-in-resource`). */
  readonly anchor?: string;
}

/**
 * Linter codes with a documented Access Analyzer counterpart. Issue code, type and details of
 * PASS_ROLE_WITH_STAR_IN_RESOURCE are from public ValidatePolicy output; MISSING_VERSION's type WARNING from
 * aws-cloudformation/cfn-policy-validator's tests; JSON_SYNTAX_ERROR from the check reference's "Error – Json syntax
 * error"; INVALID_ACTION from the check reference's "Error – Invalid action" and public ValidatePolicy output (see
 * `invalidActionDetails`). The other linter checks are the course's own and keep their code, upper-cased.
 */
const KNOWN: Readonly<Record<string, IssueCode>> = {
  'passrole-wildcard': {
    issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    findingType: 'SECURITY_WARNING',
    details:
      'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
    anchor: 'security-warning-pass-role-with-star-in-resource',
  },
  'invalid-action': {
    issueCode: 'INVALID_ACTION',
    findingType: 'ERROR',
    details: invalidActionDetails,
    anchor: 'error-invalid-action',
  },
  // findingDetails wording unverified: the linter's text is used.
  'version-missing': {
    issueCode: 'MISSING_VERSION',
    findingType: 'WARNING',
    anchor: 'general-warning-missing-version',
  },
};

/**
 * INVALID_ACTION's findingDetails. The check reference gives "The action {{action}} does not exist. Did you mean
 * {{valid_action}}?", the suggestion only "for some common issues". Public ValidatePolicy output shows both forms:
 * "The action sqs:DeleteMessageBatch does not exist." and "The action s3:ListBuckets does not exist. Did you mean
 * s3:ListAllMyBuckets? The API called ListBuckets authorizes against the IAM action s3:ListAllMyBuckets."
 * The action is echoed as written; that a wildcard matching nothing gets the same text is unverified.
 */
function invalidActionDetails(finding: LintFinding): string {
  const action = finding.value ?? '';
  const meant = API_NAMED_ACTIONS[action.toLowerCase()];
  const api = action.slice(action.indexOf(':') + 1);
  return meant
    ? `The action ${action} does not exist. Did you mean ${meant}? The API called ${api} authorizes against the IAM action ${meant}.`
    : `The action ${action} does not exist.`;
}

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
    findingDetails:
      typeof known?.details === 'function' ? known.details(finding) : (known?.details ?? finding.message),
    learnMoreLink: known?.anchor
      ? `${REFERENCE}#access-analyzer-reference-policy-checks-${known.anchor}`
      : REFERENCE,
  };
}
