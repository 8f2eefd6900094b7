// Port of aws-cli's awscli/formatter.py TableFormatter (Apache-2.0, Copyright Amazon.com, Inc.
// or its affiliates): how a response is laid out as table sections.
import {
  CliCrash,
  isFalsy,
  isObject,
  isPyInt,
  type Json,
  type JsonObject,
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
  if (isObject(value)) return Object.keys(value);
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
  for (const item of current) {
    const grouped = groupScalarKeys(asDict(item, 'keys'));
    for (const key of grouped.headers) headers.add(key);
    for (const key of grouped.more) more.add(key);
  }
  const headerList = sortedKeys(headers);
  const moreList = sortedKeys(more);
  table.addRowHeader(headerList);
  current.forEach((item, i) => {
    const element = asDict(item, 'get');
    // With nested members, every element gets its own section so they follow their row.
    if (i > 0 && moreList.length > 0) {
      table.newSection(title, indentLevel);
      table.addRowHeader(headerList);
    }
    table.addRow(headerList.map((key) => (Object.hasOwn(element, key) ? pyStr(element[key] ?? null) : '')));
    for (const key of moreList) {
      if (Object.hasOwn(element, key)) buildTable(table, key, element[key] ?? null, indentLevel + 1);
    }
  });
}

/** The dict a list element must be; the errors are Python's for the usual non-dicts. */
function asDict(item: Json, use: 'keys' | 'get'): JsonObject {
  if (isObject(item)) return item;
  if (use === 'get' || item === '' || (Array.isArray(item) && item.length === 0)) {
    throw new CliCrash(`'${pyTypeName(item)}' object has no attribute 'get'`);
  }
  if (typeof item === 'string') throw new CliCrash("string indices must be integers, not 'str'");
  if (Array.isArray(item)) {
    // table.py looks each element up as a key: item[element].
    const [first = null] = item;
    if (typeof first === 'number' && isPyInt(first) && (first >= item.length || first < -item.length)) {
      throw new CliCrash('list index out of range');
    }
    throw new CliCrash(`list indices must be integers or slices, not ${pyTypeName(first)}`);
  }
  throw new CliCrash(`'${pyTypeName(item)}' object is not iterable`);
}

function groupScalarKeys(current: JsonObject): { headers: string[]; more: string[] } {
  const keys = Object.keys(current);
  return {
    headers: sortedKeys(keys.filter((key) => isScalar(current[key] ?? null))),
    more: sortedKeys(keys.filter((key) => !isScalar(current[key] ?? null))),
  };
}
