import type { AwsError } from '../aws-error.ts';
import { NotSimulated } from '../not-simulated.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { ddbErrors } from './errors.ts';
import { itemAccess } from './items.ts';
import { type KeyComparison, parseKeyCondition } from './key-condition.ts';
import { compareScalars, keyNames, keyOf, keyString, scalar } from './keys.ts';
import type { AttributeValue, Item, TableRecord } from './state.ts';

type P = {
  TableName: string;
  KeyConditionExpression?: string;
  KeyConditions?: unknown;
  FilterExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
  Limit?: number;
  ExclusiveStartKey?: Item;
  ScanIndexForward?: boolean;
};

/**
 * Query: the items of one partition (`pk = :v`), sorted by sort key, optionally narrowed by one sort-key
 * comparison. Authorized as dynamodb:Query with the partition key value as `dynamodb:LeadingKeys`.
 */
export const query: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    unsupported(p);
    if (p.KeyConditionExpression === undefined) {
      if (p.KeyConditions !== undefined) throw new NotSimulated({ member: 'KeyConditions' });
      const denied = itemAccess(ctx, 'Query', p.TableName, undefined);
      return 'kind' in denied ? denied : ddbErrors.noKeyCondition();
    }
    const conditions = parseKeyCondition(p.KeyConditionExpression, {
      names: p.ExpressionAttributeNames ?? {},
      values: p.ExpressionAttributeValues ?? {},
    });
    const table = tableFor(ctx, p, conditions);
    if ('kind' in table) return table;
    if ('kind' in conditions) return conditions as AwsError;
    const { hash, range } = keyNames(table);
    const partition = conditions.find((c) => c.name === hash);
    if (!partition) return ddbErrors.missedKeyElement(hash);
    // wording unverified
    if (partition.op !== '=') return ddbErrors.badKeyCondition('Query key condition not supported');
    const sort = conditions.find((c) => c !== partition);
    if (sort && sort.name !== range) return ddbErrors.badKeyCondition('Query key condition not supported');
    const items = Object.values(table.items)
      .filter((item) => matches(item[hash], partition) && (!sort || matches(item[sort.name], sort)))
      .sort((a, b) => (range ? compareScalars(a[range] ?? {}, b[range] ?? {}) : 0));
    if (p.ScanIndexForward === false) items.reverse();
    return page(table, items, p);
  },
};

/** Scan: every item, in key order (AWS's order is by hashed key; a sorted order keeps the simulator deterministic). */
export const scan: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    unsupported(p);
    const table = itemAccess(ctx, 'Scan', p.TableName, undefined);
    if ('kind' in table) return table;
    const items = Object.entries(table.items)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
    return page(table, items, p);
  },
};

/** Authorizes the Query with the partition key value the condition names (when it parsed). */
function tableFor(
  ctx: OperationContext,
  p: P,
  conditions: KeyComparison[] | AwsError,
): TableRecord | AwsError {
  const found = ctx.account.dynamodb.tables[p.TableName];
  const hash = found && !('kind' in conditions) ? keyNames(found).hash : undefined;
  const partition = hash && !('kind' in conditions) ? conditions.find((c) => c.name === hash) : undefined;
  return itemAccess(
    ctx,
    'Query',
    p.TableName,
    partition && hash ? { [hash]: partition.values[0] } : undefined,
  );
}

function matches(value: AttributeValue | undefined, c: KeyComparison): boolean {
  if (!value) return false;
  const [a, b] = c.values as [AttributeValue, AttributeValue | undefined];
  const cmp = compareScalars(value, a);
  switch (c.op) {
    case '=':
      return cmp === 0;
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '>=':
      return cmp >= 0;
    case 'BETWEEN':
      return cmp >= 0 && b !== undefined && compareScalars(value, b) <= 0;
    case 'begins_with':
      return scalar(value).startsWith(scalar(a));
  }
}

/** Applies ExclusiveStartKey and Limit; LastEvaluatedKey names the last item returned when more may follow. */
function page(table: TableRecord, items: Item[], p: P): Record<string, unknown> {
  let list = items;
  if (p.ExclusiveStartKey) {
    const start = keyString(table, p.ExclusiveStartKey);
    const at = list.findIndex((item) => keyString(table, item) === start);
    list = at < 0 ? list : list.slice(at + 1);
  }
  const limited = p.Limit === undefined ? list : list.slice(0, p.Limit);
  const last = limited[limited.length - 1];
  const more = p.Limit !== undefined && limited.length === p.Limit && last;
  return {
    Items: limited,
    Count: limited.length,
    ScannedCount: limited.length,
    ...(more ? { LastEvaluatedKey: keyOf(table, last) } : {}),
  };
}

/** Parameters the simulator does not implement fail loudly rather than being ignored. */
function unsupported(p: P): void {
  if (p.FilterExpression !== undefined) throw new NotSimulated({ member: 'FilterExpression' });
}
