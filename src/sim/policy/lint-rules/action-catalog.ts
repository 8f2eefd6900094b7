import catalog from '../iam-actions.json' with { type: 'json' };
import { globMatcher } from '../wildcard.ts';

/*
 * The IAM actions of the services in iam-actions.json, lower-cased. Source: cfn-lint 1.51.0's
 * cfnlint/data/AdditionalSpecs/Policies.json (MIT-0, https://github.com/aws-cloudformation/cfn-lint, built from the
 * Service Authorization Reference), cut down by tools/gen-iam-actions.py; rerun it to refresh. The catalog covers 48
 * services, not all of AWS: a prefix it does not list is unknown, not invalid.
 */
const ACTIONS: Readonly<Record<string, readonly string[]>> = catalog;

/** What the catalog says about an `Action`/`NotAction` entry. */
export type ActionVerdict =
  /** Names or matches at least one action of a catalog service. */
  | 'exists'
  /** A catalog service, but no action of it matches. */
  | 'no-such-action'
  /** The service prefix is not in the catalog (or the entry has none), so it cannot be judged. */
  | 'unknown-service';

/** Judges one entry such as `s3:GetObject`, `s3:Get*` or `s3:*`; prefixes and names match case-insensitively. */
export function judgeAction(entry: string): ActionVerdict {
  const colon = entry.indexOf(':');
  if (colon < 0) return 'unknown-service';
  const actions = ACTIONS[entry.slice(0, colon).toLowerCase()];
  if (actions === undefined) return 'unknown-service';
  const matches = globMatcher(entry.slice(colon + 1), true);
  return actions.some(matches) ? 'exists' : 'no-such-action';
}

/**
 * API operations whose IAM action has another name, as Access Analyzer points them out: the action a learner writes
 * after the API (lower case) → the action that authorizes it.
 */
export const API_NAMED_ACTIONS: Readonly<Record<string, string>> = {
  's3:listbuckets': 's3:ListAllMyBuckets',
};
