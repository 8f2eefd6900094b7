import { isAwsError } from '../aws-error.ts';
import { itemKey, normaliseItem } from '../dynamodb/keys.ts';
import type { Item } from '../dynamodb/state.ts';
import { newTable } from '../dynamodb/tables.ts';
import { isoSeconds } from '../world/operation.ts';
import type { World } from '../world/world.ts';
import { ScenarioError } from './load.ts';
import type { Scenario } from './schema.ts';

/** Creates the scenario's DynamoDB tables (ACTIVE, on-demand) and their items; author mistakes name the field. */
export function buildTables(world: World, s: Scenario, created: string): void {
  s.tables.forEach((t, i) => {
    const field = `tables[${i}]`;
    const account = world.state.accounts[t.account];
    if (!account)
      throw new ScenarioError(
        s.name,
        `${field}.account`,
        `account ${t.account} is not listed under accounts`,
      );
    if (account.dynamodb.tables[t.name])
      throw new ScenarioError(s.name, `${field}.name`, `table ${t.name} is listed twice`);
    const keys = t.sortKey ? [t.partitionKey, t.sortKey] : [t.partitionKey];
    const table = newTable(
      account.id,
      world.ids.uuid(),
      `${isoSeconds(new Date(created)).slice(0, 19)}.000Z`,
      {
        TableName: t.name,
        KeySchema: keys.map((name, k) => ({ AttributeName: name, KeyType: k === 0 ? 'HASH' : 'RANGE' })),
        AttributeDefinitions: keys.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        BillingMode: 'PAY_PER_REQUEST',
      },
    );
    if (isAwsError(table)) throw new Error(`scenario table ${t.name}: ${table.message}`);
    t.items.forEach((raw, j) => {
      const item = normaliseItem(raw);
      const key = isAwsError(item) ? item : itemKey(table, item);
      if (typeof key !== 'string')
        throw new ScenarioError(s.name, `${field}.items[${j}]`, `${key.message} (DynamoDB JSON)`);
      table.items[key] = item as Item;
    });
    account.dynamodb.tables[t.name] = table;
  });
}
