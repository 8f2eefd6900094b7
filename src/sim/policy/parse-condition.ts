import type { AwsError } from '../aws-error.ts';
import { parseAwsDate } from './dates.ts';
import { MESSAGES, malformed } from './policy-errors.ts';
import {
  CONDITION_OPERATORS,
  type ConditionEntry,
  type ConditionOperator,
  type ConditionQualifier,
} from './types.ts';

type RawCondition = Record<string, Record<string, string | number | boolean | (string | number | boolean)[]>>;

const OPERATORS: ReadonlySet<string> = new Set(CONDITION_OPERATORS);

/** Splits `ForAnyValue:StringLikeIfExists` into qualifier, base operator and IfExists; null if unknown. */
export function splitOperator(
  raw: string,
): { operator: ConditionOperator; qualifier: ConditionQualifier; ifExists: boolean } | null {
  let rest = raw;
  let qualifier: ConditionQualifier = null;
  for (const q of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
      break;
    }
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest !== 'IfExists') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  return OPERATORS.has(rest) ? { operator: rest as ConditionOperator, qualifier, ifExists } : null;
}

/** Flattens a raw `Condition` block into entries; values become strings. */
export function parseConditionBlock(raw: RawCondition | undefined): ConditionEntry[] | AwsError {
  const entries: ConditionEntry[] = [];
  for (const [rawOperator, block] of Object.entries(raw ?? {})) {
    const split = splitOperator(rawOperator);
    const keys = Object.entries(block);
    // An unknown operator is only tolerated with an empty block (IAM's own validator does the same).
    if (!split) {
      if (keys.length > 0) return malformed(MESSAGES.syntax);
      continue;
    }
    for (const [key, value] of keys) {
      const values = (Array.isArray(value) ? value : [value]).map(String);
      if (
        split.operator.startsWith('Date') &&
        values.some((v) => !v.includes('${') && parseAwsDate(v) === null)
      ) {
        return malformed(MESSAGES.legacy);
      }
      entries.push({ raw: rawOperator, ...split, key, values });
    }
  }
  return entries;
}
