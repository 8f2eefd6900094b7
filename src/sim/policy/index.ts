/**
 * The policy engine's public API: parse IAM policy documents, evaluate requests AWS's way, explain why.
 * Everything else in this folder is an implementation detail.
 */
export type { AwsError } from '../aws-error.ts';
export { evaluate } from './evaluate.ts';
export { explainText } from './explain-text.ts';
export { type LintFinding, type LintOptions, type LintSeverity, lintPolicy } from './lint.ts';
export type {
  Decision,
  DecisionRule,
  EvalRequest,
  EvalResult,
  Explanation,
  Mismatch,
  NamedPolicy,
  PolicySet,
  PolicyTrace,
  PolicyType,
  StatementRef,
  StatementTrace,
} from './model.ts';
export { type ParseResult, parsePolicy } from './parse.ts';
export { invalidPrincipal } from './policy-errors.ts';
export {
  checkAttachedCount,
  checkInlineTotal,
  checkPolicySize,
  type PolicySizeQuota,
  policySize,
  QUOTAS,
} from './quotas.ts';
export { refLabel, statementLabel } from './reasons.ts';
export {
  type ActionBlock,
  CONDITION_OPERATORS,
  type ConditionEntry,
  type ConditionOperator,
  type ConditionQualifier,
  type Effect,
  type PolicyDocument,
  type PolicyKind,
  type PolicyVersion,
  type PrincipalBlock,
  type PrincipalSpec,
  type PrincipalType,
  type ResourceBlock,
  type Statement,
} from './types.ts';
