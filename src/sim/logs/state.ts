/** The Logs state of one account: log groups by name. Plain JSON-safe data (see WorldState). */
export interface LogsState {
  /** Placeholder until the service is built; replace with the service's records. */
  readonly records: Record<string, unknown>;
}

/** The Logs state of a new account. */
export function emptyLogsState(): LogsState {
  return { records: {} };
}
