/** A Lambda function (only `$LATEST`; versions and aliases are not simulated). */
export interface FunctionRecord {
  readonly functionName: string;
  readonly functionArn: string;
  role: string;
  handler: string;
  runtime: string;
  description: string;
  timeout: number;
  memorySize: number;
  environment: Record<string, string>;
  lastModified: string;
  /** Base64 of the SHA-256 of the deployment package. */
  codeSha256: string;
  /** The deployment package's size in bytes. */
  codeSize: number;
  revisionId: string;
  /** Resource-based policy statements added by AddPermission, in order. */
  readonly statements: Record<string, unknown>[];
}

/** The Lambda state of one account: functions by name. Plain JSON-safe data (see WorldState). */
export interface LambdaState {
  readonly functions: Record<string, FunctionRecord>;
}

/** The Lambda state of a new account. */
export function emptyLambdaState(): LambdaState {
  return { functions: {} };
}
