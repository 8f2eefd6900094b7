import { type LintRule, type LintSeverity, statementFinding } from './finding.ts';
import { GRANTING_KINDS, onEveryResource } from './statement-facts.ts';

/**
 * Services whose `service:*` on every resource is dangerous. IAM, STS and Organizations let the holder
 * give itself more power (a security warning); KMS and S3 expose every key and bucket (a warning).
 */
const SENSITIVE_SERVICES: Readonly<Record<string, LintSeverity>> = {
  iam: 'security-warning',
  sts: 'security-warning',
  organizations: 'security-warning',
  kms: 'warning',
  s3: 'warning',
};

/** `allow-service-wildcard-on-sensitive`: Allow `iam:*` (etc.) on `Resource: "*"`. */
export const allowServiceWildcardOnSensitive: LintRule = ({ policy, kind }) => {
  if (!GRANTING_KINDS.has(kind)) return [];
  return policy.statements.flatMap((s) => {
    if (s.effect !== 'Allow' || s.action.kind !== 'Action' || !onEveryResource(s)) return [];
    return s.action.values
      .map((action) => /^([a-z0-9-]+):\*$/i.exec(action)?.[1]?.toLowerCase())
      .filter((service): service is string => service !== undefined && service in SENSITIVE_SERVICES)
      .map((service) =>
        statementFinding(
          'allow-service-wildcard-on-sensitive',
          SENSITIVE_SERVICES[service] ?? 'warning',
          s,
          'Action',
          `"${service}:*" on Resource "*" allows every ${service} action on every resource in the account. Name the actions you need and the resource ARNs they apply to.`,
        ),
      );
  });
};
