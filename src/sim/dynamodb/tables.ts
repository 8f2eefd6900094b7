import type { AwsError } from '../aws-error.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { ddbAuthorize, tableArn, tableNameOf } from './authorize.ts';
import { ddbErrors } from './errors.ts';
import type { KeyElement, TableRecord } from './state.ts';

type CreateParams = {
  TableName: string;
  KeySchema: KeyElement[];
  AttributeDefinitions: TableRecord['attributeDefinitions'];
  BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST';
  ProvisionedThroughput?: { ReadCapacityUnits: number; WriteCapacityUnits: number };
};

/** The `TableDescription` shape (the members a table without indexes or streams has). */
export function tableView(table: TableRecord, status = 'ACTIVE'): Record<string, unknown> {
  const items = Object.values(table.items);
  return {
    AttributeDefinitions: table.attributeDefinitions.map((d) => ({ ...d })),
    TableName: table.tableName,
    KeySchema: table.keySchema.map((k) => ({ ...k })),
    TableStatus: status,
    CreationDateTime: table.creationDateTime,
    ProvisionedThroughput: {
      NumberOfDecreasesToday: 0,
      ReadCapacityUnits: table.readCapacityUnits,
      WriteCapacityUnits: table.writeCapacityUnits,
    },
    // AWS refreshes these about every six hours; the simulator counts live.
    TableSizeBytes: items.reduce((n, item) => n + JSON.stringify(item).length, 0),
    ItemCount: items.length,
    TableArn: table.tableArn,
    TableId: table.tableId,
    ...(table.billingMode === 'PAY_PER_REQUEST'
      ? {
          BillingModeSummary: {
            BillingMode: 'PAY_PER_REQUEST',
            LastUpdateToPayPerRequestDateTime: table.creationDateTime,
          },
        }
      : {}),
    DeletionProtectionEnabled: false,
  };
}

/** Finds a table of the caller's account by name or ARN. */
export function findTable(ctx: OperationContext, name: string): TableRecord | undefined {
  return ctx.account.dynamodb.tables[tableNameOf(ctx, name)];
}

/** Checks a key schema against the attribute definitions; the table record to store, or DynamoDB's error. */
export function newTable(
  accountId: string,
  tableId: string,
  created: string,
  p: CreateParams,
): TableRecord | AwsError {
  const hashes = p.KeySchema.filter((k) => k.KeyType === 'HASH');
  const ranges = p.KeySchema.filter((k) => k.KeyType === 'RANGE');
  if (hashes.length !== 1 || ranges.length > 1 || p.KeySchema[0]?.KeyType !== 'HASH')
    return ddbErrors.badSchema('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  const defined = new Set(p.AttributeDefinitions.map((d) => d.AttributeName));
  if (defined.size !== p.KeySchema.length || p.KeySchema.some((k) => !defined.has(k.AttributeName)))
    return ddbErrors.badSchema(
      'Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions',
    );
  const billingMode = p.BillingMode ?? 'PROVISIONED';
  if (billingMode === 'PROVISIONED' && !p.ProvisionedThroughput)
    return ddbErrors.badSchema(
      'ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED',
    );
  if (billingMode === 'PAY_PER_REQUEST' && p.ProvisionedThroughput)
    return ddbErrors.badSchema(
      'Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST',
    );
  return {
    tableName: p.TableName,
    tableArn: tableArn(accountId, p.TableName),
    tableId,
    keySchema: p.KeySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    attributeDefinitions: p.AttributeDefinitions.map((d) => ({ ...d })),
    billingMode,
    readCapacityUnits: p.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
    writeCapacityUnits: p.ProvisionedThroughput?.WriteCapacityUnits ?? 0,
    creationDateTime: created,
    items: {},
  };
}

/** CreateTable: dynamodb:CreateTable on the new table's ARN; the answer says CREATING, the table is ACTIVE after. */
export const createTable: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as CreateParams;
    const denied = ddbAuthorize(ctx, 'CreateTable', tableArn(ctx.account.id, p.TableName));
    if (denied) return denied;
    if (ctx.account.dynamodb.tables[p.TableName]) return ddbErrors.tableExists(p.TableName);
    const table = newTable(ctx.account.id, ctx.ids.uuid(), ctx.now.toISOString(), p);
    if ('kind' in table) return table;
    ctx.account.dynamodb.tables[p.TableName] = table;
    return { TableDescription: tableView(table, 'CREATING') };
  },
};

/** DescribeTable: authorization comes first, so a denied caller never learns whether the table exists. */
export const describeTable: Operation = {
  authorization: null,
  run(params, ctx) {
    const name = tableNameOf(ctx, (params as { TableName: string }).TableName);
    const denied = ddbAuthorize(ctx, 'DescribeTable', tableArn(ctx.account.id, name));
    if (denied) return denied;
    const table = findTable(ctx, name);
    return table ? { Table: tableView(table) } : ddbErrors.noTableNamed(name);
  },
};

/** ListTables: dynamodb:ListTables on `*`; names in order, paged by Limit and ExclusiveStartTableName. */
export const listTables: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as { Limit?: number; ExclusiveStartTableName?: string };
    const denied = ddbAuthorize(ctx, 'ListTables', '*');
    if (denied) return denied;
    const names = Object.keys(ctx.account.dynamodb.tables)
      .sort()
      .filter((n) => p.ExclusiveStartTableName === undefined || n > p.ExclusiveStartTableName);
    const limit = p.Limit ?? 100;
    const page = names.slice(0, limit);
    const last = names.length > limit ? { LastEvaluatedTableName: page[page.length - 1] } : {};
    return { TableNames: page, ...last };
  },
};
