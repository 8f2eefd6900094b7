// Port of aws-cli's awscli/text.py (Apache-2.0, Copyright Amazon.com, Inc. or its affiliates):
// the behaviour of `--output text`, rewritten in TypeScript.
import { CliCrash, isObject, type Json, type JsonObject, pyStr, pyTypeName, sortedKeys } from './python.ts';

/**
 * `--output text`: one line per object, its scalar values tab-separated in sorted key order,
 * prefixed by the upper-cased key it came from; nested lists and objects follow as their own
 * lines. Throws `CliCrash` where the CLI itself crashes (a list mixing objects and non-objects).
 */
export function formatText(value: Json): string {
  const out: string[] = [];
  formatItem(value, out, null, null);
  return out.join('');
}

function formatItem(item: Json, out: string[], identifier: string | null, scalarKeys: string[] | null): void {
  if (isObject(item)) formatDict(item, out, identifier, scalarKeys);
  else if (Array.isArray(item)) formatList(item, out, identifier);
  else out.push(`${pyStr(item)}\n`);
}

function isScalar(value: Json): boolean {
  return !Array.isArray(value) && !isObject(value);
}

function formatList(items: Json[], out: string[], identifier: string | null): void {
  if (items.length === 0) return;
  if (items.some(isObject)) {
    // One set of columns for the whole list: the union of every element's scalar keys.
    const allKeys = allScalarKeys(items);
    for (const element of items) formatItem(element, out, identifier, allKeys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const nested of items.filter((item) => !isScalar(item))) formatItem(nested, out, identifier, null);
  } else {
    formatScalarList(items, out, identifier);
  }
}

function formatScalarList(elements: Json[], out: string[], identifier: string | null): void {
  if (identifier === null) {
    out.push(`${elements.map(pyStr).join('\t')}\n`);
    return;
  }
  for (const element of elements) out.push(`${identifier.toUpperCase()}\t${pyStr(element)}\n`);
}

function formatDict(item: JsonObject, out: string[], identifier: string | null, scalarKeys: string[] | null) {
  const { scalars, nested } = partitionDict(item, scalarKeys);
  if (scalars.length > 0) {
    if (identifier !== null) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nested) formatItem(value, out, key, null);
}

function allScalarKeys(items: Json[]): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    // text.py calls item.items() on every element, which fails on anything but a dict.
    if (!isObject(item)) throw new CliCrash(`'${pyTypeName(item)}' object has no attribute 'items'`);
    for (const [key, value] of Object.entries(item)) if (isScalar(value)) seen.add(key);
  }
  return sortedKeys(seen);
}

function partitionDict(item: JsonObject, scalarKeys: string[] | null) {
  const scalars: string[] = [];
  const nested: [string, Json][] = [];
  if (scalarKeys === null) {
    for (const key of sortedKeys(Object.keys(item))) {
      const value = item[key] ?? null;
      if (isScalar(value)) scalars.push(pyStr(value));
      else nested.push([key, value]);
    }
    return { scalars, nested };
  }
  // Columns shared by a list: a missing key leaves an empty field.
  for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? pyStr(item[key] ?? null) : '');
  const shared = new Set(scalarKeys);
  for (const key of sortedKeys(Object.keys(item).filter((k) => !shared.has(k)))) {
    nested.push([key, item[key] ?? null]);
  }
  return { scalars, nested };
}
