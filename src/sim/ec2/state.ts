/** The Ec2 state of one account: instances and instance-profile associations. Plain JSON-safe data (see WorldState). */
export interface Ec2State {
  /** Placeholder until the service is built; replace with the service's records. */
  readonly records: Record<string, unknown>;
}

/** The Ec2 state of a new account. */
export function emptyEc2State(): Ec2State {
  return { records: {} };
}
