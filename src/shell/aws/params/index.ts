/**
 * The `aws` front's argument layer: everything between the words after `aws <service> <operation>`
 * and the API parameters, with the AWS CLI v2's own error texts and exit codes.
 */

export { getCloseMatches } from './difflib.ts';
export type { ReadFile, ReadFileResult } from './paramfile.ts';
export type { HelpRequest, Paging, ParsedCall, ParseOptions, ParseResult } from './parse.ts';
export { parseOperationArgs } from './parse.ts';
export { parseTimestamp } from './timestamp.ts';
export type { CliFailure } from './usage.ts';
export {
  cliError,
  GENERIC_EXIT,
  invalidChoice,
  invalidChoiceMessage,
  USAGE,
  USAGE_EXIT,
  unknownOptions,
  usageError,
} from './usage.ts';
