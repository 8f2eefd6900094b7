import { type AwsError, awsError } from '../aws-error.ts';

/** An EC2 `Filter`. */
export interface Filter {
  readonly Name?: string;
  readonly Values?: readonly string[];
}

/** Reads a record's values for a filter name; undefined when the name is not supported. */
export type FilterField<T> = (item: T, name: string) => readonly string[] | undefined;

/**
 * Keeps the items matching every filter: a filter matches when any of its values matches any of the item's values;
 * values may use `*` and `?` wildcards ("Filter" in the EC2 API reference). Unknown names are EC2's
 * InvalidParameterValue (wording unverified).
 */
export function applyFilters<T>(
  items: readonly T[],
  filters: readonly Filter[],
  field: FilterField<T>,
): T[] | AwsError {
  let out = [...items];
  for (const filter of filters) {
    const name = filter.Name ?? '';
    const patterns = (filter.Values ?? []).map(wildcard);
    if (items.length > 0 && field(items[0] as T, name) === undefined)
      return awsError('InvalidParameterValue', `The filter '${name}' is invalid`);
    out = out.filter((item) => (field(item, name) ?? []).some((v) => patterns.some((re) => re.test(v))));
  }
  return out;
}

function wildcard(value: string): RegExp {
  const body = value
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${body}$`);
}
