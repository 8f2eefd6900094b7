/** One log event. */
export interface LogEventRecord {
  readonly timestamp: number;
  readonly message: string;
  readonly ingestionTime: number;
}

/** A log stream and its events in timestamp order. */
export interface LogStreamRecord {
  readonly logStreamName: string;
  readonly creationTime: number;
  readonly events: LogEventRecord[];
}

/** A log group. */
export interface LogGroupRecord {
  readonly logGroupName: string;
  /** Epoch milliseconds. */
  readonly creationTime: number;
  readonly streams: Record<string, LogStreamRecord>;
}

/** The Logs state of one account: log groups by name. Plain JSON-safe data (see WorldState). */
export interface LogsState {
  readonly groups: Record<string, LogGroupRecord>;
}

/** The Logs state of a new account. */
export function emptyLogsState(): LogsState {
  return { groups: {} };
}
