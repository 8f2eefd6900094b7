import type { AwsError } from '../aws-error.ts';
import { ddbErrors } from './errors.ts';
import type { AttributeValue, Item, TableRecord } from './state.ts';

const TYPES = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'] as const;

/** The one data type an attribute value carries (`S`, `N`, …), or an error for an empty value. */
export function typeOf(value: AttributeValue): string | AwsError {
  const present = TYPES.filter((t) => value[t] !== undefined);
  return present[0] ?? ddbErrors.emptyValue();
}

/** Normalises an item once at the boundary: binary values become base64 text so the state stays JSON-safe. */
export function normaliseItem(item: Readonly<Record<string, unknown>>): Item | AwsError {
  const out: Record<string, AttributeValue> = {};
  for (const [name, raw] of Object.entries(item)) {
    const value = raw as AttributeValue;
    const type = typeOf(value);
    if (typeof type !== 'string') return type;
    out[name] = type === 'B' ? { B: base64Text(value.B) } : value;
  }
  return out;
}

/** The partition key (HASH) attribute name, and the sort key (RANGE) name or null. */
export function keyNames(table: TableRecord): { hash: string; range: string | null } {
  const hash = table.keySchema.find((k) => k.KeyType === 'HASH')?.AttributeName;
  if (!hash) throw new Error(`table ${table.tableName} has no HASH key`);
  return { hash, range: table.keySchema.find((k) => k.KeyType === 'RANGE')?.AttributeName ?? null };
}

/** The declared scalar type (`S`, `N`, `B`) of a key attribute. */
function declaredType(table: TableRecord, name: string): string {
  return table.attributeDefinitions.find((d) => d.AttributeName === name)?.AttributeType ?? 'S';
}

/**
 * Checks that `item` holds the table's key attributes with their declared types (PutItem), and returns the key's
 * storage string, or the error DynamoDB gives.
 */
export function itemKey(table: TableRecord, item: Item): string | AwsError {
  const { hash, range } = keyNames(table);
  for (const name of range ? [hash, range] : [hash]) {
    const value = item[name];
    if (!value) return ddbErrors.missingKey(name);
    const type = typeOf(value);
    if (typeof type !== 'string') return type;
    const expected = declaredType(table, name);
    if (type !== expected) return ddbErrors.typeMismatch(name, expected, type);
  }
  return keyString(table, item);
}

/** Checks a `Key` parameter (GetItem, DeleteItem): exactly the key attributes, with the declared types. */
export function requestKey(table: TableRecord, key: Item): string | AwsError {
  const { hash, range } = keyNames(table);
  const names = range ? [hash, range] : [hash];
  if (Object.keys(key).length !== names.length || names.some((n) => !key[n])) return ddbErrors.keyMismatch();
  for (const name of names) {
    const value = key[name] as AttributeValue;
    const type = typeOf(value);
    if (typeof type !== 'string') return type;
    if (type !== declaredType(table, name)) return ddbErrors.keyMismatch();
  }
  return keyString(table, key);
}

/** The storage key of an item: its key values as JSON, partition key first. */
export function keyString(table: TableRecord, item: Item): string {
  const { hash, range } = keyNames(table);
  return JSON.stringify(range ? [scalar(item[hash]), scalar(item[range])] : [scalar(item[hash])]);
}

/** The key attributes of an item (what LastEvaluatedKey returns). */
export function keyOf(table: TableRecord, item: Item): Item {
  const { hash, range } = keyNames(table);
  const out: Record<string, AttributeValue> = { [hash]: item[hash] ?? {} };
  if (range) out[range] = item[range] ?? {};
  return out;
}

/** The text of a scalar value (`S`, `N`, `B`), as `dynamodb:LeadingKeys` and comparisons see it. */
export function scalar(value: AttributeValue | undefined): string {
  const v = value?.S ?? value?.N ?? value?.B;
  return typeof v === 'string' ? v : '';
}

/** Orders two scalar values of the same type: numbers numerically, strings and binary by their text. */
export function compareScalars(a: AttributeValue, b: AttributeValue): number {
  if (a.N !== undefined && b.N !== undefined) return Number(a.N) - Number(b.N);
  const x = scalar(a);
  const y = scalar(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function base64Text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!(value instanceof Uint8Array)) throw new Error('a B attribute value must be bytes or base64 text');
  let out = '';
  for (let i = 0; i < value.length; i += 3) {
    const n = ((value[i] ?? 0) << 16) | ((value[i + 1] ?? 0) << 8) | (value[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((shift) => B64[(n >> shift) & 63]);
    out += chars
      .slice(0, Math.min(4, value.length - i + 1))
      .join('')
      .padEnd(4, '=');
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
