import type { Mismatch, PolicyType, StatementRef } from './model.ts';

const TYPE_LABELS: Readonly<Record<PolicyType, string>> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  permissionsBoundary: 'permissions boundary',
  session: 'session policy',
  scp: 'SCP',
};

/** Human name of a policy type. */
export function typeLabel(type: PolicyType): string {
  return TYPE_LABELS[type];
}

/**
 * Display name of a policy: its name or ARN, else its type and position. A named SCP also shows its policy id (the
 * last segment of an Organizations policy ARN, `p-…`), as the Organizations console lists it.
 */
export function policyLabel(
  type: PolicyType,
  index: number,
  level: number | undefined,
  name?: string,
  arn?: string,
): string {
  if (name && type === 'scp' && arn) return `SCP ${name} (${arn.slice(arn.lastIndexOf('/') + 1)})`;
  if (name) return `${TYPE_LABELS[type]} ${name}`;
  if (arn) return `${TYPE_LABELS[type]} ${arn}`;
  if (type === 'resource' || type === 'permissionsBoundary') return `the ${TYPE_LABELS[type]}`;
  if (type === 'scp') return `SCP #${index + 1} at level ${level ?? 0}`;
  return `${TYPE_LABELS[type]} #${index + 1}`;
}

/** `statement "Sid"` or `statement #n`. */
export function statementLabel(ref: StatementRef): string {
  return ref.sid ? `statement "${ref.sid}"` : `statement #${ref.statementIndex + 1}`;
}

/** `statement "Sid" of identity-based policy #1`. */
export function refLabel(ref: StatementRef): string {
  return `${statementLabel(ref)} of ${policyLabel(ref.policyType, ref.policyIndex, ref.level, ref.policyName, ref.policyArn)}`;
}

const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

/** Explains why a statement did not apply. */
export function describeMismatch(m: Mismatch, action: string, resource: string, caller: string): string {
  switch (m.element) {
    case 'Action':
      return `action ${action} does not match Action ${list(m.values)}`;
    case 'NotAction':
      return `action ${action} is excluded by NotAction ${list(m.values)}`;
    case 'Resource':
      return m.missingVariable
        ? `policy variable \${${m.missingVariable}} has no value in the request, so Resource ${list(m.values)} does not match`
        : `resource ${resource} does not match Resource ${list(m.values)}`;
    case 'NotResource':
      return m.missingVariable
        ? `policy variable \${${m.missingVariable}} has no value in the request, so NotResource does not apply`
        : `resource ${resource} is excluded by NotResource ${list(m.values)}`;
    case 'Principal':
      return `Principal does not name ${caller}`;
    case 'NotPrincipal':
      return `${caller} is excluded by NotPrincipal`;
    case 'Condition': {
      const { entry, actual, missingVariable } = m.failure;
      const head = `condition ${entry.raw} ${JSON.stringify(entry.key)} ${list(entry.values)} is not met`;
      if (missingVariable) return `${head}: a policy variable in its values has no value in the request`;
      if (actual === undefined) return `${head}: ${entry.key} is absent from the request context`;
      return `${head}: the request has ${entry.key} = ${list(actual)}`;
    }
  }
}
