import { isAwsError } from '../../sim/aws-error.ts';
import { authenticate } from '../../sim/world/credentials.ts';
import type { AccessDeniedError, Caller, CallResult, World } from '../../sim/world/index.ts';
import type { ResolvedCredentials } from './credentials/types.ts';

/**
 * `--debug` in this lab: not botocore's log (hundreds of lines of HTTP), but what a learner needs to see — who the
 * credentials belong to, where they came from, the API call, and the policy engine's decision with its reason.
 */
export function debugBefore(
  world: World,
  caller: Caller,
  resolved: ResolvedCredentials | null,
  call: { service: string; operation: string; params: unknown; region: string },
): string {
  const lines: string[] = [];
  if (resolved) lines.push(`credentials: ${resolved.method} (${resolved.source})`);
  else lines.push('credentials: none (--no-sign-request)');
  const principal = authenticate(world.state, caller, world.clock.now());
  if (isAwsError(principal))
    lines.push(`caller: not authenticated (${principal.code}: ${principal.message})`);
  else lines.push(`caller: ${principal.arn}`);
  lines.push(
    `call: ${call.service}:${call.operation} in ${call.region} with ${JSON.stringify(call.params, bytesAsText)}`,
  );
  return lines.map((line) => `[debug] ${line}\n`).join('');
}

/** The decision line after the call. */
export function debugAfter(result: CallResult): string {
  if (!isAwsError(result)) return '[debug] decision: allowed; the call succeeded\n';
  const evaluation = (result as Partial<AccessDeniedError>).evaluation;
  if (evaluation) return `[debug] decision: ${evaluation.decision}; ${evaluation.explanation.summary}\n`;
  return `[debug] result: error ${result.code} (HTTP ${result.status})\n`;
}

function bytesAsText(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? `<${value.length} bytes>` : value;
}
