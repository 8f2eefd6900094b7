import type { Credentials, World } from '../../../sim/world/index.ts';
import type { Vfs } from '../../vfs.ts';

/** botocore's `credentials.method`: what `aws configure list` prints in the Type column. */
export type CredentialMethod =
  | 'env'
  | 'assume-role'
  | 'assume-role-with-web-identity'
  | 'shared-credentials-file'
  | 'config-file'
  | 'iam-role';

/** Credentials with where they came from. */
export interface ResolvedCredentials {
  readonly credentials: Credentials;
  readonly method: CredentialMethod;
  /** For `--debug`: the provider in words (`profile dev: AssumeRole arn:… via source_profile default`). */
  readonly source: string;
}

/** A CLI failure while resolving: the stderr text and exit code (e.g. the AssumeRole call was denied: 254). */
export interface CredentialFailure {
  readonly ok: false;
  readonly stderr: string;
  readonly exitCode: number;
}

/** What resolving gives: credentials, none at all (`Unable to locate credentials`), or a failure. */
export type CredentialResult =
  | { readonly ok: true; readonly found: ResolvedCredentials | null }
  | CredentialFailure;

/** Everything the providers read: the machine's files and environment, the world, and the instance if on one. */
export interface CredentialContext {
  readonly fs: Vfs;
  readonly env: Readonly<Record<string, string>>;
  readonly home: string;
  /** The working directory: relative file settings (`web_identity_token_file`) resolve against it. */
  readonly cwd?: string;
  readonly world: World;
  /** `--profile` (which turns the environment provider off, as in botocore). */
  readonly explicitProfile?: string;
  /** The EC2 instance the shell runs on (IMDS answers there), or null on the learner's machine. */
  readonly instanceId: string | null;
  /** Piped input: where an MFA code is read from, since the shell cannot prompt mid-command. */
  readonly stdin: string;
  /** Writes to stderr (the MFA prompt). */
  readonly warn: (text: string) => void;
}

/** Exit code of botocore errors the CLI does not classify (ProfileNotFound, PartialCredentialsError …). */
export const GENERAL_EXIT = 255;

/** A BotoCoreError as the CLI prints it: blank line, message, exit 255. */
export function generalError(message: string): CredentialFailure {
  return { ok: false, stderr: `\n${message}\n`, exitCode: GENERAL_EXIT };
}

/** A service error from a call the credential chain made (AssumeRole…): botocore's ClientError text, exit 254. */
export function clientError(
  error: { readonly code: string; readonly message: string },
  operation: string,
): CredentialFailure {
  return {
    ok: false,
    stderr: `\nAn error occurred (${error.code}) when calling the ${operation} operation: ${error.message}\n`,
    exitCode: 254,
  };
}
