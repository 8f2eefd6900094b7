import type { ConditionEntry, Statement } from '../types.ts';
import { type LintRule, statementFinding } from './finding.ts';

const MFA_KEY = 'aws:multifactorauthpresent';

const isMfaBool = (c: ConditionEntry, ifExists: boolean, value: string): boolean =>
  c.key.toLowerCase() === MFA_KEY &&
  c.operator === 'Bool' &&
  c.ifExists === ifExists &&
  c.values.some((v) => v.toLowerCase() === value);

const conditionPath = (c: ConditionEntry) => `Condition.${c.raw}.${c.key}`;

/**
 * aws:MultiFactorAuthPresent is absent (not "false") in requests signed with long-term access keys, and a
 * plain `Bool` never matches an absent key (IAM: condition operators, Bool; and the key's own docs). So:
 * - `mfa-bool-absent-key`: Deny + `Bool` "false" does not deny access-key requests made without MFA;
 * - `mfa-allow-if-exists`: Allow + `BoolIfExists` "true" allows access-key requests made without MFA.
 * Allow + `Bool` "true" and Deny + `BoolIfExists` "false" are the correct forms and are not reported.
 */
export const mfaConditions: LintRule = ({ policy }) =>
  policy.statements.flatMap((s: Statement) =>
    s.conditions.flatMap((c) => {
      if (s.effect === 'Deny' && isMfaBool(c, false, 'false'))
        return [
          statementFinding(
            'mfa-bool-absent-key',
            'security-warning',
            s,
            conditionPath(c),
            'This Deny does not apply to requests signed with long-term access keys: they carry no aws:MultiFactorAuthPresent key at all, and Bool never matches a missing key. Use BoolIfExists with "false", or a Null condition checking that the key is absent.',
          ),
        ];
      if (s.effect === 'Allow' && isMfaBool(c, true, 'true'))
        return [
          statementFinding(
            'mfa-allow-if-exists',
            'security-warning',
            s,
            conditionPath(c),
            'BoolIfExists also passes when aws:MultiFactorAuthPresent is missing, which is the case for every request signed with long-term access keys, so this Allow does not require MFA for them. Use Bool with "true".',
          ),
        ];
      return [];
    }),
  );
