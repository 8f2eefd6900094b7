import { z } from 'zod';
import { type LintFinding, lintPolicy, type PolicyKind } from '../../sim/policy/index.ts';
import { managedDocument } from '../../sim/world/effective-policies.ts';
import { resolveRole, roleRef } from './refs.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/**
 * `no-lint-finding`: a policy has no linter finding of the given code(s): the role's trust policy, one of its inline
 * policies, or a managed policy (its default version).
 */
export const noLintFindingSchema = checkSchema('no-lint-finding', {
  code: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .transform((c) => (typeof c === 'string' ? [c] : c))
    .describe('Linter finding code(s), e.g. trust-any-principal (see src/sim/policy/lint-rules)'),
  role: roleRef.optional().describe('Lint this role’s trust policy (or its inline policy `inlinePolicy`)'),
  inlinePolicy: z.string().min(1).optional().describe('With role: the name of one of its inline policies'),
  policy: z.string().min(1).optional().describe('A managed policy: its name (learner account) or ARN'),
}).refine((p) => (p.role === undefined) !== (p.policy === undefined), {
  message: 'give either role (its trust policy, or inlinePolicy) or policy',
  path: ['role'],
});

/** Passes when the policy exists and the linter reports none of the codes. */
export function noLintFinding(params: z.output<typeof noLintFindingSchema>, ctx: CheckContext): Verdict {
  const target = policyText(params, ctx);
  if ('missing' in target) return verdict(false, target.missing);
  const findings: LintFinding[] = lintPolicy(target.text, target.kind, { account: target.account });
  const hit = findings.find((f) => params.code.includes(f.code));
  if (hit)
    return verdict(false, `${target.label}: ${hit.code} at ${hit.path || 'the document'}: ${hit.message}`);
  return verdict(true, `${target.label} has no ${params.code.join(' or ')} finding`);
}

type Target =
  | { readonly text: string; readonly kind: PolicyKind; readonly label: string; readonly account: string }
  | { readonly missing: string };

function policyText(params: z.output<typeof noLintFindingSchema>, ctx: CheckContext): Target {
  const { state } = ctx.world;
  if (params.role !== undefined) {
    const { role, name, accountId } = resolveRole(state, ctx.account, params.role);
    if (!role) return { missing: `there is no role named ${name} in account ${accountId}` };
    if (params.inlinePolicy === undefined)
      return {
        text: role.assumeRolePolicyDocument,
        kind: 'trust',
        label: `the trust policy of ${role.roleName}`,
        account: accountId,
      };
    const text = role.inlinePolicies[params.inlinePolicy];
    if (text === undefined)
      return { missing: `role ${role.roleName} has no inline policy ${params.inlinePolicy}` };
    return {
      text,
      kind: 'identity',
      label: `inline policy ${params.inlinePolicy} of ${role.roleName}`,
      account: accountId,
    };
  }
  const ref = params.policy ?? '';
  const arn = ref.startsWith('arn:') ? ref : `arn:aws:iam::${ctx.account}:policy/${ref}`;
  const accountId = /^arn:aws:iam::(\d{12}):/.exec(arn)?.[1] ?? ctx.account;
  const account = state.accounts[accountId] ?? state.accounts[ctx.account];
  const text = account ? managedDocument(account, arn) : null;
  if (text === null) return { missing: `there is no managed policy ${arn}` };
  return {
    text,
    kind: 'identity',
    label: `managed policy ${arn.slice(arn.lastIndexOf('/') + 1)}`,
    account: accountId,
  };
}
