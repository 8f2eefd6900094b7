/** CloudTrail event history across all accounts (LookupEvents reads it). Plain JSON-safe data (see WorldState). */
export interface CloudTrailState {
  /** Placeholder until the service is built; replace with the recorded events. */
  readonly events: unknown[];
}

/** CloudTrail state of a new world. */
export function emptyCloudTrailState(): CloudTrailState {
  return { events: [] };
}
