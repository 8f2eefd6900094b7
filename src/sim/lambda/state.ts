/** The Lambda state of one account: functions by name. Plain JSON-safe data (see WorldState). */
export interface LambdaState {
  /** Placeholder until the service is built; replace with the service's records. */
  readonly records: Record<string, unknown>;
}

/** The Lambda state of a new account. */
export function emptyLambdaState(): LambdaState {
  return { records: {} };
}
