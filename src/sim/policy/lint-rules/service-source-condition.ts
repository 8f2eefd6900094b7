import { type LintRule, statementFinding } from './finding.ts';
import { principals, restrictingCondition } from './statement-facts.ts';

/**
 * Service principals that act on behalf of a resource and pass aws:SourceArn / aws:SourceAccount when they
 * assume a role, so a trust policy can pin them to your resources (IAM: "The confused deputy problem").
 * Not exhaustive. Left out on purpose: ec2.amazonaws.com (an instance role is assumed through the instance
 * profile; there is no source resource to check) and cloudtrail.amazonaws.com (a report, prowler#4714, says
 * its CloudWatch Logs delivery role stopped working with these conditions).
 */
const SOURCE_AWARE_SERVICES = new Set([
  'lambda.amazonaws.com',
  'sns.amazonaws.com',
  's3.amazonaws.com',
  'events.amazonaws.com',
  'scheduler.amazonaws.com',
  'states.amazonaws.com',
  'config.amazonaws.com',
  'logs.amazonaws.com',
  'codebuild.amazonaws.com',
  'fis.amazonaws.com',
]);

const SOURCE_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];

/** `service-trust-no-source-condition`: a role trusts such a service without a source condition. */
export const serviceTrustNoSourceCondition: LintRule = ({ policy, kind }) => {
  if (kind !== 'trust') return [];
  return policy.statements.flatMap((s) => {
    if (s.effect !== 'Allow' || restrictingCondition(s, SOURCE_KEYS)) return [];
    const services = principals(s, 'Service').filter((p) => SOURCE_AWARE_SERVICES.has(p.toLowerCase()));
    if (services.length === 0) return [];
    return [
      statementFinding(
        'service-trust-no-source-condition',
        'suggestion',
        s,
        'Principal',
        `${services.join(', ')} can assume this role for any customer's resource. Add an aws:SourceAccount (your account) or aws:SourceArn (the resource that uses the role) condition so the service only assumes it on your behalf.`,
      ),
    ];
  });
};
