import { allowAllActions } from './allow-all-actions.ts';
import { crossAccountNoExternalId } from './cross-account-external-id.ts';
import { federatedNoSubjectCondition } from './federated-subject.ts';
import type { LintRule } from './finding.ts';
import { invalidAction } from './invalid-action.ts';
import { mfaConditions } from './mfa.ts';
import { allowNotAction, allowNotResource } from './not-elements.ts';
import { passRoleWildcard } from './passrole.ts';
import { emptySid, redundantStatement } from './redundancy.ts';
import { allowAllResourcesSensitive } from './sensitive-actions.ts';
import { serviceTrustNoSourceCondition } from './service-source-condition.ts';
import { allowServiceWildcardOnSensitive } from './service-wildcard.ts';
import { allowNotPrincipal, trustAnyPrincipal } from './trust-any-principal.ts';
import { variableIn2008, versionRule } from './version.ts';

export type { LintContext, LintFinding, LintRule, LintSeverity } from './finding.ts';

/** Every rule, in the order their findings are listed for one statement. */
export const RULES: readonly LintRule[] = [
  versionRule,
  invalidAction,
  trustAnyPrincipal,
  allowNotPrincipal,
  federatedNoSubjectCondition,
  crossAccountNoExternalId,
  serviceTrustNoSourceCondition,
  allowAllActions,
  allowServiceWildcardOnSensitive,
  passRoleWildcard,
  allowAllResourcesSensitive,
  allowNotAction,
  allowNotResource,
  mfaConditions,
  variableIn2008,
  redundantStatement,
  emptySid,
];
