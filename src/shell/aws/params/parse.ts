import { parse as parseYaml } from 'yaml';
import type { FoundOperation } from '../spec/index.ts';
import { type Arg, buildArgs, HELP_ACTION, isPagingKind } from './arg-table.ts';
import { parseKnownArgs } from './argparse.ts';
import { convertBlobs } from './blobs.ts';
import {
  addCount,
  addReplacedCode,
  addZipFile,
  buildNetworkInterfaces,
  fixNetworkInterfaces,
  type Params,
  setDefaultCount,
} from './customizations.ts';
import { resolve } from './model.ts';
import { loadParamFile, type ReadFile } from './paramfile.ts';
import { parsePyJson } from './py-json.ts';
import { isDict, pyType } from './python.ts';
import { unpackArgument } from './unpack.ts';
import { CliAbort, type CliFailure, cliError, GENERIC_EXIT, paramError, unknownOptions } from './usage.ts';
import { validateParams } from './validate.ts';

export interface ParseOptions {
  /** Reads `file://`/`fileb://` values and streaming bodies (`--body ./x`); see ReadFile. */
  readonly readFile: ReadFile;
  /** False when the global `--no-paginate` was given. */
  readonly paginate?: boolean;
  /** The global `--cli-binary-format` (default `base64`). */
  readonly binaryFormat?: 'base64' | 'raw-in-base64-out';
}

/** The pagination options the CLI itself handles (`--starting-token`, `--page-size`, `--max-items`). */
export interface Paging {
  startingToken?: string;
  pageSize?: number;
  maxItems?: number;
}

/** A command line the CLI would send: what to call and how the front should treat the result. */
export interface ParsedCall {
  readonly ok: true;
  readonly help: false;
  /** The API parameters, in the order the CLI builds them; blobs are bytes, timestamps stay text. */
  readonly params: Params;
  /** Whether the CLI follows the pages itself (false with --no-paginate or a manual page token). */
  readonly paginate: boolean;
  readonly paging: Paging;
  /** The file a streaming body goes to (`get-object ... out.txt`) or `create-virtual-mfa-device --outfile`. */
  readonly outfile?: string;
  /** `create-virtual-mfa-device --bootstrap-method`. */
  readonly bootstrapMethod?: string;
  /** `--generate-cli-skeleton [input|output|yaml-input]`: print a skeleton instead of calling. */
  readonly generateCliSkeleton?: string;
}

/** `aws <service> <operation> help`. */
export interface HelpRequest {
  readonly ok: true;
  readonly help: true;
}

export type ParseResult = ParsedCall | HelpRequest | CliFailure;

const OVERRIDE_REQUIRED = ['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton'];

/**
 * Parses the arguments after `aws <service> <operation>` exactly as AWS CLI v2 does: argparse
 * (usage errors), unknown options, file:// values, shorthand and JSON, the CLI's customizations,
 * --cli-input-json, blob decoding and botocore's client-side validation, each with the CLI's text
 * and exit code. Global options (--output, --region, ...) must already be taken out.
 */
export function parseOperationArgs(
  op: FoundOperation,
  argv: readonly string[],
  options: ParseOptions,
): ParseResult {
  try {
    return parseOrAbort(op, argv, options);
  } catch (error) {
    if (error instanceof CliAbort) return error.failure;
    throw error;
  }
}

function parseOrAbort(op: FoundOperation, argv: readonly string[], options: ParseOptions): ParseResult {
  if (argv.length === 1 && argv[0] === 'help') return { ok: true, help: true };
  const args = buildArgs(
    op,
    argv.some((arg) => OVERRIDE_REQUIRED.includes(arg)),
  );
  const parsed = parseKnownArgs([...args.map((arg) => arg.action), HELP_ACTION], argv);
  if (!parsed.ok) return parsed;
  const { values, extras } = parsed;
  const help = values.get('help');
  if (help === 'help') return { ok: true, help: true };
  if (typeof help === 'string' && help) extras.push(help);
  if (extras.length > 0) return unknownOptions(extras);

  const state: CallState = {
    params: {},
    paginate: pagingEnabled(op, args, values, options.paginate ?? true),
    paging: {},
  };
  checkRunInstances(op, values);
  for (const arg of args) addToParams(op, arg, values, state, options.readFile);
  mergeCliInput(args, values, state, options.readFile);
  const paginator = op.spec.paginator;
  if (paginator) {
    const tokens = [...paginator.inputToken, ...(paginator.limitKey ? [paginator.limitKey] : [])];
    if (Object.keys(state.params).some((key) => tokens.includes(key))) state.paginate = false;
  }
  const skeleton = values.get('generate_cli_skeleton');
  const result: ParsedCall = {
    ok: true,
    help: false,
    params: state.params,
    paginate: state.paginate,
    paging: state.paging,
    ...(state.outfile !== undefined ? { outfile: state.outfile } : {}),
    ...(state.bootstrapMethod !== undefined ? { bootstrapMethod: state.bootstrapMethod } : {}),
    ...(typeof skeleton === 'string' ? { generateCliSkeleton: skeleton } : {}),
  };
  if (skeleton === 'input' || skeleton === 'yaml-input') return result;

  // What the SDK does before sending: blob decoding, the run-instances defaults, validation.
  const input = op.spec.input ? resolve(op.service, op.spec.input) : undefined;
  if (input) convertBlobs(op.service, state.params, input, options.binaryFormat !== 'raw-in-base64-out');
  if (op.service.service === 'ec2' && op.name === 'RunInstances') {
    setDefaultCount(state.params);
    fixNetworkInterfaces(state.params);
  }
  if (input) {
    const errors = validateParams(op.service, withPaging(op, state), input);
    if (errors.length > 0) return cliError(`Parameter validation failed:\n${errors.join('\n')}`);
  }
  return result;
}

interface CallState {
  params: Params;
  paginate: boolean;
  paging: Paging;
  outfile?: string;
  bootstrapMethod?: string;
}

/** paginate.py's check: a manual page token turns the CLI's paging off; --no-paginate forbids its options. */
function pagingEnabled(
  op: FoundOperation,
  args: Arg[],
  values: Map<string, unknown>,
  paginate: boolean,
): boolean {
  const paginator = op.spec.paginator;
  if (!paginator) return paginate;
  let enabled = paginate;
  const tokens = [...paginator.inputToken, ...(paginator.limitKey ? [paginator.limitKey] : [])];
  for (const token of tokens) {
    const arg = args.find((a) => a.member === token);
    const dest = arg?.action.dest;
    if (dest && dest !== 'max_items' && values.get(dest) !== undefined) enabled = false;
  }
  if (!enabled) {
    const used = args
      .filter((a) => isPagingKind(a.kind) && a.member === null && Boolean(values.get(a.action.dest)))
      .map((a) => `--${a.name}`);
    if (used.length > 0) {
      throw new CliAbort(
        cliError(`Cannot specify --no-paginate along with pagination arguments: ${used.join(', ')}`),
      );
    }
  }
  return enabled;
}

function checkRunInstances(op: FoundOperation, values: Map<string, unknown>): void {
  if (op.service.service !== 'ec2' || op.name !== 'RunInstances') return;
  const nonEmpty = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));
  if (!nonEmpty(values.get('network_interfaces'))) return;
  const scalar = [
    'secondary_private_ip_addresses',
    'secondary_private_ip_address_count',
    'associate_public_ip_address',
  ];
  if (scalar.some((dest) => nonEmpty(values.get(dest)))) {
    throw new CliAbort(
      cliError('Mixing the --network-interfaces option with the simple, scalar options is not supported.'),
    );
  }
}

/** One argument's contribution, in table order: load file:// values, then unpack and place them. */
function addToParams(
  op: FoundOperation,
  arg: Arg,
  values: Map<string, unknown>,
  state: CallState,
  readFile: ReadFile,
) {
  if (arg.kind === 'negate') return; // its positive twin carries the shared value
  const dest = arg.action.dest;
  if (arg.kind === 'no-associate-public-ip-address' || arg.kind === 'associate-public-ip-address') {
    const value = values.get(dest);
    if (value === (arg.kind === 'associate-public-ip-address')) {
      buildNetworkInterfaces(state.params, 'AssociatePublicIpAddress', value);
    }
    return;
  }
  let value = values.get(dest);
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  const loaded = loadParamFile(single, readFile);
  if (loaded && !loaded.ok) paramError(`--${arg.name}`, loaded.message);
  if (loaded) value = loaded.value;
  if (value === undefined || value === null) return;
  const cliName = arg.kind === 'outfile' ? arg.name : `--${arg.name}`;
  const ctx = { service: op.service, readFile };
  const member = arg.member as string;
  const shadowedPaging = isPagingKind(arg.kind) && arg.member !== null && !state.paginate;
  switch (shadowedPaging ? undefined : arg.kind) {
    case undefined:
      if (!arg.model) return;
      state.params[member] =
        arg.model.shape.type === 'boolean' ? value : unpackArgument(ctx, cliName, arg.model, value);
      return;
    case 'starting-token':
      state.paging.startingToken = String(value);
      return;
    case 'page-size':
      state.paging.pageSize = value as number;
      return;
    case 'max-items':
      state.paging.maxItems = value as number;
      return;
    case 'outfile':
    case 'mfa-outfile':
      state.outfile = String(value);
      return;
    case 'mfa-bootstrap-method':
      state.bootstrapMethod = String(value);
      return;
    case 'zip-file':
      addZipFile(state.params, member, value);
      return;
    case 'replaced-zip-file':
      if (arg.model)
        addReplacedCode(state.params, member, cliName, unpackArgument(ctx, cliName, arg.model, value));
      return;
    case 'count':
      addCount(state.params, String(value));
      return;
    case 'secondary-private-ip-addresses':
      if (Array.isArray(value) && value.length > 0) {
        const addresses = value.map((ip) => ({ PrivateIpAddress: ip, Primary: false }));
        buildNetworkInterfaces(state.params, 'PrivateIpAddresses', addresses);
      }
      return;
    case 'secondary-private-ip-address-count':
      if (value) buildNetworkInterfaces(state.params, 'SecondaryPrivateIpAddressCount', value);
      return;
    default:
      return; // cli-input-json/yaml and generate-cli-skeleton act later
  }
}

/** --cli-input-json: its keys fill in what the options did not set. */
function mergeCliInput(
  args: Arg[],
  values: Map<string, unknown>,
  state: CallState,
  readFile: ReadFile,
): void {
  const given = args.filter((a) => a.kind === 'cli-input-json' || a.kind === 'cli-input-yaml');
  const set = given.filter((a) => values.get(a.action.dest) !== undefined);
  if (set.length === 0) return;
  if (set.length > 1)
    throw new CliAbort(cliError('Only one --cli-input- parameter may be specified.', GENERIC_EXIT));
  const arg = set[0] as Arg;
  const raw = values.get(arg.action.dest);
  const loaded = loadParamFile(raw, readFile);
  if (loaded && !loaded.ok) paramError(`--${arg.name}`, loaded.message);
  const text = loaded ? loaded.value : raw;
  const source = typeof text === 'string' ? text : String(text);
  const document = arg.kind === 'cli-input-yaml' ? loadYaml(source) : parsePyJson(source, false);
  if (!document.ok)
    paramError(arg.name, `Invalid ${arg.kind === 'cli-input-yaml' ? 'YAML' : 'JSON'} received.`);
  const loadedValue = document.value;
  if (!isDict(loadedValue))
    paramError(`--${arg.name}`, `Invalid type: expecting map, received ${pyType(loadedValue)}`);
  for (const [key, value] of Object.entries(loadedValue)) {
    if (!(key in state.params)) state.params[key] = value;
  }
}

function loadYaml(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parseYaml(text) };
  } catch {
    return { ok: false };
  }
}

/** The parameters of the first request: the paginator puts the page size and starting token in. */
function withPaging(op: FoundOperation, state: CallState): Params {
  const paginator = op.spec.paginator;
  if (!paginator || !state.paginate) return state.params;
  const params = { ...state.params };
  if (state.paging.startingToken !== undefined)
    params[paginator.inputToken[0] as string] = state.paging.startingToken;
  if (state.paging.pageSize !== undefined && paginator.limitKey)
    params[paginator.limitKey] = state.paging.pageSize;
  return params;
}
