/** Request context values as the case format gives them: a string, or an array for multivalued keys. */
export type ContextInput = Readonly<Record<string, string | readonly string[]>>;

/** One context key's values; `multi` is true when the request gave an array. */
export interface ContextValue {
  readonly values: readonly string[];
  readonly multi: boolean;
}

/** The request context with case-insensitive key lookup ("Condition key names are not case-sensitive"). */
export type RequestContext = ReadonlyMap<string, ContextValue>;

const built = new WeakMap<object, RequestContext>();
const EMPTY: RequestContext = new Map();

/** Builds (and caches per input object) the case-insensitive context map. */
export function buildContext(input: ContextInput | undefined): RequestContext {
  if (!input) return EMPTY;
  let context = built.get(input);
  if (!context) {
    const map = new Map<string, ContextValue>();
    for (const [key, value] of Object.entries(input)) {
      map.set(
        key.toLowerCase(),
        typeof value === 'string' ? { values: [value], multi: false } : { values: value, multi: true },
      );
    }
    context = map;
    built.set(input, context);
  }
  return context;
}

/** Looks a key up case-insensitively. */
export function lookup(context: RequestContext, key: string): ContextValue | undefined {
  return context.get(key.toLowerCase());
}
