/** A DynamoDB attribute value as the JSON API writes it: exactly one of `S`, `N`, `B`, `SS`, `NS`, `BS`, `M`, `L`, `NULL`, `BOOL`. */
export type AttributeValue = Readonly<Record<string, unknown>>;

/** An item: attribute name → value. */
export type Item = Readonly<Record<string, AttributeValue>>;

/** A key schema element (`HASH` is the partition key, `RANGE` the sort key). */
export interface KeyElement {
  readonly AttributeName: string;
  readonly KeyType: 'HASH' | 'RANGE';
}

/** A table and its items. Plain JSON-safe data (see WorldState). */
export interface TableRecord {
  readonly tableName: string;
  readonly tableArn: string;
  /** A UUID (`TableId`). */
  readonly tableId: string;
  readonly keySchema: readonly KeyElement[];
  readonly attributeDefinitions: readonly { AttributeName: string; AttributeType: 'S' | 'N' | 'B' }[];
  readonly billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  readonly readCapacityUnits: number;
  readonly writeCapacityUnits: number;
  /** ISO creation time. */
  readonly creationDateTime: string;
  /** Items by their encoded primary key (see `keyString`). */
  readonly items: Record<string, Item>;
}

/** The DynamoDB state of one account: tables by name. */
export interface DynamoDbState {
  readonly tables: Record<string, TableRecord>;
}

/** The DynamoDB state of a new account. */
export function emptyDynamoDbState(): DynamoDbState {
  return { tables: {} };
}
