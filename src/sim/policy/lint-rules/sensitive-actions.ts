import { wildcardMatches } from '../wildcard.ts';
import { type LintRule, statementFinding } from './finding.ts';
import { GRANTING_KINDS, onEveryResource } from './statement-facts.ts';

/**
 * Write actions that change who can do what, or destroy data, when allowed on every resource.
 * iam:PassRole has its own rule (`passrole-wildcard`).
 */
const SENSITIVE_WRITES = [
  'iam:AttachRolePolicy',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:PutRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:UpdateAssumeRolePolicy',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:AddUserToGroup',
  'sts:AssumeRole',
  's3:PutBucketPolicy',
  's3:DeleteBucket',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'lambda:UpdateFunctionCode',
];

/** `allow-all-resources-sensitive`: named sensitive writes allowed on `Resource: "*"`. */
export const allowAllResourcesSensitive: LintRule = ({ policy, kind }) => {
  if (!GRANTING_KINDS.has(kind)) return [];
  return policy.statements.flatMap((s) => {
    if (s.effect !== 'Allow' || s.action.kind !== 'Action' || !onEveryResource(s)) return [];
    // `*` and `service:*` are reported by allow-all-actions / allow-service-wildcard-on-sensitive.
    const patterns = s.action.values.filter((p) => p !== '*' && !/:\*$/.test(p));
    const hits = SENSITIVE_WRITES.filter((a) => patterns.some((p) => wildcardMatches(p, a, true)));
    if (hits.length === 0) return [];
    return [
      statementFinding(
        'allow-all-resources-sensitive',
        'warning',
        s,
        'Resource',
        `${hits.join(', ')} ${hits.length === 1 ? 'is' : 'are'} allowed on Resource "*", so they apply to every user, role, key or bucket in the account. Name the ARNs they should apply to.`,
      ),
    ];
  });
};
