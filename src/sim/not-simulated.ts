/**
 * Thrown for a request the simulator knowingly leaves out (a parameter such as DynamoDB's `FilterExpression`),
 * rather than ignoring it and answering wrongly. Still a plain `Error` for callers that do not know it; the `aws`
 * front recognises it and says the simulation does not implement that yet.
 */
export class NotSimulated extends Error {
  /** The API input member left out (`FilterExpression`), when a parameter is the reason. */
  readonly member: string | undefined;
  /** Words naming the case left out otherwise (`for root credentials`). */
  readonly detail: string | undefined;

  constructor(what: { readonly member?: string; readonly detail?: string }) {
    super(`the simulator does not implement ${what.member ?? what.detail ?? 'this request'}`);
    this.name = 'NotSimulated';
    this.member = what.member;
    this.detail = what.detail;
  }
}
