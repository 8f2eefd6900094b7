import type { Operation } from '../world/operation.ts';
import { deleteItem, getItem, putItem } from './items.ts';
import { query, scan } from './query.ts';
import { createTable, describeTable, listTables } from './tables.ts';

/** The DynamoDB operations the simulator implements, by API name. Each authorizes itself (AccessDeniedException). */
export const dynamodbOperations: Readonly<Record<string, Operation>> = {
  CreateTable: createTable,
  DescribeTable: describeTable,
  ListTables: listTables,
  PutItem: putItem,
  GetItem: getItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
};
