/** The S3 state of one account: buckets by name (bucket names are global, but each bucket is kept in its owner account). Plain JSON-safe data (see WorldState). */
export interface S3State {
  /** Placeholder until the service is built; replace with the service's records. */
  readonly records: Record<string, unknown>;
}

/** The S3 state of a new account. */
export function emptyS3State(): S3State {
  return { records: {} };
}
