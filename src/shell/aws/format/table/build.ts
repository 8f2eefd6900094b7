// Port of aws-cli's awscli/formatter.py TableFormatter (Apache-2.0, Copyright Amazon.com, Inc.
// or its affiliates): how a response is laid out as table sections.
import {
  CliCrash,
  isFalsy,
  isObject,
  isPyInt,
  type Json,
  type JsonObject,
  keysOf,
  pyStr,
  pyTypeName,
  sortedKeys,
} from '../python.ts';
import { MultiTable } from './multi-table.ts';

/**
 * `--output table`: a section titled with the operation name, scalars as a header row over
 * a value row (a lone scalar as a key/value row), each nested object or list as its own
 * section one level in. Sections that make the table wider than `width` become key/value
 * rows. A falsy response (None, empty, 0, '') prints nothing.
 */
export function formatTable(value: Json, title: string, width: number): string {
  const table = new MultiTable(width);
  if (!buildTable(table, title, value, 0)) return '';
  return table.render();
}

function isScalar(value: Json): boolean {
  return !Array.isArray(value) && !isObject(value);
}

/** Python iteration: a list's items, a dict's keys; anything else is not iterable. */
function pyIterate(value: Json): Json[] {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return keysOf(value);
  if (typeof value === 'string') return [...value];
  throw new CliCrash(`'${pyTypeName(value)}' object is not iterable`);
}

function buildTable(table: MultiTable, title: string | null, current: Json, indentLevel: number): boolean {
  if (isFalsy(current)) return false;
  if (title !== null) table.newSection(title, indentLevel);
  if (Array.isArray(current)) {
    if (isObject(current[0] ?? null)) buildFromList(table, current, indentLevel, title);
    else {
      for (const item of current) {
        if (isScalar(item)) table.addRow([pyStr(item)]);
        else if (pyIterate(item).every(isScalar)) table.addRow(pyIterate(item).map(pyStr));
        else buildTable(table, null, item, 0);
      }
    }
  }
  if (isObject(current)) buildFromDict(table, current, indentLevel);
  return true;
}

function buildFromDict(table: MultiTable, current: JsonObject, indentLevel: number): void {
  const { headers, more } = groupScalarKeys(current);
  const [only] = headers;
  if (headers.length === 1 && only !== undefined) table.addRow([only, pyStr(current[only] ?? null)]);
  else if (headers.length > 0) {
    table.addRowHeader(headers);
    table.addRow(headers.map((key) => pyStr(current[key] ?? null)));
  }
  for (const key of more) buildTable(table, key, current[key] ?? null, indentLevel + 1);
}

function buildFromList(table: MultiTable, current: Json[], indentLevel: number, title: string | null): void {
  const headers = new Set<string>();
  const more = new Set<string>();
  const intKeys = { headers: '', more: '' };
  for (const item of current) {
    if (Array.isArray(item) && item.length > 0) {
      // A list's "keys" are its own items, used as indexes into it: ints (or bools).
      for (const element of item) {
        const group = isScalar(listItem(item, element)) ? 'headers' : 'more';
        intKeys[group] ||= pyTypeName(element);
      }
      continue;
    }
    const grouped = groupScalarKeys(asDict(item));
    for (const key of grouped.headers) headers.add(key);
    for (const key of grouped.more) more.add(key);
  }
  // sorted() of ints among strs; which pair Python compares first depends on set order.
  for (const [group, keys] of [['headers', headers] as const, ['more', more] as const]) {
    const type = intKeys[group];
    if (type && keys.size > 0) {
      throw new CliCrash(`'<' not supported between instances of '${type}' and 'str'`);
    }
  }
  // Int keys and nothing to sort them against: this port does not follow them further.
  if (intKeys.headers || intKeys.more) throw new CliCrash("'list' object has no attribute 'get'");
  const headerList = sortedKeys(headers);
  const moreList = sortedKeys(more);
  table.addRowHeader(headerList);
  current.forEach((item, i) => {
    // With nested members, every element gets its own section so they follow their row.
    if (i > 0 && moreList.length > 0) {
      table.newSection(title, indentLevel);
      table.addRowHeader(headerList);
    }
    // table.py calls element.get() once per header, so with no headers a non-dict passes.
    if (headerList.length > 0 && !isObject(item)) {
      throw new CliCrash(`'${pyTypeName(item)}' object has no attribute 'get'`);
    }
    const element = isObject(item) ? item : {};
    table.addRow(headerList.map((key) => (Object.hasOwn(element, key) ? pyStr(element[key] ?? null) : '')));
    for (const key of moreList) {
      if (!isObject(item)) checkNotMember(item, key);
      else if (Object.hasOwn(item, key)) buildTable(table, key, item[key] ?? null, indentLevel + 1);
    }
  });
}

/**
 * table.py iterates a list element and looks each thing it yields up in it: a dict's keys
 * work; '' and [] yield nothing; a string or a scalar fails as Python does.
 */
function asDict(item: Json): JsonObject {
  if (isObject(item)) return item;
  if (item === '' || (Array.isArray(item) && item.length === 0)) return {};
  if (typeof item === 'string') throw new CliCrash("string indices must be integers, not 'str'");
  throw new CliCrash(`'${pyTypeName(item)}' object is not iterable`);
}

/** Python's `item[element]` on a list; a bool is an int index too. */
function listItem(item: Json[], element: Json): Json {
  const index = typeof element === 'boolean' ? Number(element) : element;
  if (typeof index !== 'number' || !isPyInt(index)) {
    throw new CliCrash(`list indices must be integers or slices, not ${pyTypeName(element)}`);
  }
  if (index >= item.length || index < -item.length) throw new CliCrash('list index out of range');
  return item[index < 0 ? index + item.length : index] ?? null;
}

/** `if key in element: element[key]` for a '' or [] element: only '' holds a key (''). */
function checkNotMember(item: Json, key: string): void {
  if (item === '' && key === '') throw new CliCrash("string indices must be integers, not 'str'");
}

function groupScalarKeys(current: JsonObject): { headers: string[]; more: string[] } {
  const keys = Object.keys(current);
  return {
    headers: sortedKeys(keys.filter((key) => isScalar(current[key] ?? null))),
    more: sortedKeys(keys.filter((key) => !isScalar(current[key] ?? null))),
  };
}
