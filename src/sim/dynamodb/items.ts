import type { AwsError } from '../aws-error.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { ddbAuthorize, tableArn, tableNameOf } from './authorize.ts';
import { ddbErrors } from './errors.ts';
import { itemKey, keyNames, normaliseItem, requestKey, scalar } from './keys.ts';
import type { Item, TableRecord } from './state.ts';

type P = {
  TableName: string;
  Item?: Record<string, unknown>;
  Key?: Record<string, unknown>;
  ReturnValues?: string;
};

/**
 * The common front of item operations: authorizes `action` on the table ARN with the item's partition key as
 * `dynamodb:LeadingKeys` (when there is one to read), then finds the table. Authorization comes first, as for every
 * AWS API: a denied caller learns nothing about the table.
 */
export function itemAccess(
  ctx: OperationContext,
  action: string,
  name: string,
  keyed: Readonly<Record<string, unknown>> | undefined,
): TableRecord | AwsError {
  const tableName = tableNameOf(ctx, name);
  const table = ctx.account.dynamodb.tables[tableName];
  const hash = table ? keyed?.[keyNames(table).hash] : undefined;
  const leading = hash === undefined ? undefined : [scalar(hash as Item[string])];
  const denied = ddbAuthorize(ctx, action, tableArn(ctx.account.id, tableName), leading);
  if (denied) return denied;
  return table ?? ddbErrors.noTable();
}

/** PutItem: stores (replaces) the item; ReturnValues ALL_OLD returns what it replaced. */
export const putItem: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const table = itemAccess(ctx, 'PutItem', p.TableName, p.Item);
    if ('kind' in table) return table;
    const item = normaliseItem(p.Item ?? {});
    if ('kind' in item) return item as AwsError;
    const key = itemKey(table, item as Item);
    if (typeof key !== 'string') return key;
    const old = table.items[key];
    table.items[key] = item as Item;
    return p.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
  },
};

/** GetItem: the item, or an empty answer when there is none. */
export const getItem: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const table = itemAccess(ctx, 'GetItem', p.TableName, p.Key);
    if ('kind' in table) return table;
    const key = requestKey(table, (p.Key ?? {}) as Item);
    if (typeof key !== 'string') return key;
    const item = table.items[key];
    return item ? { Item: item } : {};
  },
};

/** DeleteItem: removes the item if present (no error otherwise); ReturnValues ALL_OLD returns it. */
export const deleteItem: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const table = itemAccess(ctx, 'DeleteItem', p.TableName, p.Key);
    if ('kind' in table) return table;
    const key = requestKey(table, (p.Key ?? {}) as Item);
    if (typeof key !== 'string') return key;
    const old = table.items[key];
    delete table.items[key];
    return p.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
  },
};
