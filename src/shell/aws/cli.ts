import type { AwsError } from '../../sim/aws-error.ts';
import { isAwsError } from '../../sim/aws-error.ts';
import { NotSimulated } from '../../sim/not-simulated.ts';
import type { Caller, CallResult, World } from '../../sim/world/index.ts';
import { decodeBytes } from '../bytes.ts';
import { resolve as resolvePath } from '../path.ts';
import type { CommandIo, CommandSpec, ExecResult } from '../types.ts';
import { configureCommand } from './credentials/configure.ts';
import { imdsRegion } from './credentials/imds-provider.ts';
import { loadSharedConfig } from './credentials/profiles.ts';
import { checkProfile, profileName, resolveCredentials } from './credentials/resolve.ts';
import type { CredentialContext, ResolvedCredentials } from './credentials/types.ts';
import { webIdentityTokenFile } from './credentials/web-identity.ts';
import { debugAfter, debugBefore } from './debug.ts';
import { formatOutput, type OutputFormat } from './format/index.ts';
import { type GlobalOptions, parseMainArgs } from './globals.ts';
import { operationHelp, serviceHelp, topHelp } from './help.ts';
import { isImplemented, notImplemented, worldService } from './implemented.ts';
import { prepareOutput } from './output.ts';
import { paginate } from './paginate.ts';
import { invalidChoice, parseOperationArgs, type ReadFileResult, usageError } from './params/index.ts';
import { s3Command } from './s3-commands.ts';
import {
  type FoundOperation,
  findOperation,
  findService,
  operationChoices,
  serviceChoices,
} from './spec/index.ts';

/** What `aws --version` prints: the CLI version this front was checked against. */
export const AWS_VERSION =
  'aws-cli/2.9.19 Python/3.11.2 Linux/6.1.0-28-cloud-amd64 exe/x86_64.debian.12 prompt/off';

/** What the `aws` command needs from the lab session. */
export interface AwsHost {
  readonly world: World;
  /** The EC2 instance the shell is on (credentials and region then come from IMDS), or null. */
  instanceId(): string | null;
  /** `aws ssm start-session --target i-…`: hands the terminal to the instance; absent when not supported. */
  startSession?(target: string, io: CommandIo): ExecResult;
}

/** Everything one `aws` invocation has resolved before it calls the world. */
export interface AwsContext {
  readonly host: AwsHost;
  readonly io: CommandIo;
  readonly globals: GlobalOptions;
  readonly credentials: CredentialContext;
}

const NO_CREDENTIALS =
  '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n';
const NO_REGION =
  '\nYou must specify a region. You can also configure your region by running "aws configure".\n';

const result = (stdout: string, stderr = '', exitCode = 0): ExecResult => ({ stdout, stderr, exitCode });
const failed = (f: { stderr: string; exitCode: number }, prefix = ''): ExecResult =>
  result('', prefix + f.stderr, f.exitCode);

/** The `aws` command for a shell: AWS CLI v2's front over the simulated world. */
export function createAwsCommand(host: AwsHost): CommandSpec {
  return {
    description: 'AWS CLI v2 (simulated: answers from the lab world)',
    run: async (args, io) => {
      await preflight(args, io, host);
      return runAws(args, io, host);
    },
  };
}

/**
 * The asynchronous part of a command, done before the synchronous run: web identity tokens the command will send —
 * its own `--web-identity-token`, or a token file of the credential chain (`AWS_WEB_IDENTITY_TOKEN_FILE`, a
 * profile's `web_identity_token_file`) — get their signatures verified (jose, WebCrypto) by the world.
 */
async function preflight(args: readonly string[], io: CommandIo, host: AwsHost): Promise<void> {
  const main = parseMainArgs(args);
  if (!main.ok || 'version' in main) return;
  const credentials = credentialContext(io, host, main.globals, () => {});
  const config = loadSharedConfig(io.fs, io.env, credentials.home);
  const files = [
    webIdentityTokenFile(credentials, config, profileName(credentials).name),
    ...Object.keys(config.profiles).map((name) => webIdentityTokenFile(credentials, config, name, true)),
  ];
  for (const file of new Set(files)) {
    const token = file === undefined ? null : io.fs.readFile(resolvePath(io.cwd, file));
    if (token?.ok)
      await host.world.prepare('sts', 'AssumeRoleWithWebIdentity', { WebIdentityToken: token.value });
  }
  const service = findService(main.command);
  const [opName, ...opArgs] = main.rest;
  const op = service && opName !== undefined ? findOperation(service, opName) : undefined;
  const world = service ? worldService(service.model) : undefined;
  if (!op || !world || !isImplemented(world, op.name)) return;
  try {
    const parsed = parseOperationArgs(op, opArgs, { readFile: vfsReader(io), paginate: false });
    if (parsed.ok && !parsed.help) await host.world.prepare(world, op.name, parsed.params);
  } catch {
    // A request the simulator does not handle fails the same way in the synchronous run, which reports it.
  }
}

function credentialContext(
  io: CommandIo,
  host: AwsHost,
  globals: { readonly profile?: string },
  warn: (text: string) => void,
): CredentialContext {
  return {
    fs: io.fs,
    env: io.env,
    home: io.env.HOME || io.fs.home,
    cwd: io.cwd,
    world: host.world,
    instanceId: host.instanceId(),
    stdin: io.stdin,
    warn,
    ...(globals.profile !== undefined ? { explicitProfile: globals.profile } : {}),
  };
}

/** Runs `aws ARGS` as AWS CLI v2 would: global options, dispatch, credentials, the call, output and errors. */
export function runAws(args: readonly string[], io: CommandIo, host: AwsHost): ExecResult {
  const main = parseMainArgs(args);
  if (!main.ok) return failed(main);
  if ('version' in main) return result(`${AWS_VERSION}\n`);
  const { globals, command, rest } = main;
  let note = '';
  if (globals.endpointUrl !== undefined)
    note += `aws: note: --endpoint-url ${globals.endpointUrl} is ignored; this simulated CLI talks to the lab world\n`;
  const stderrNotes: string[] = [];
  const credentials = credentialContext(io, host, globals, (text) => stderrNotes.push(text));
  const ctx: AwsContext = { host, io, globals, credentials };
  const done = (r: ExecResult): ExecResult => ({ ...r, stderr: note + stderrNotes.join('') + r.stderr });

  if (command === 'help') return done(result(topHelp()));
  if (command === 'configure')
    return done(
      configureCommand(rest, credentials, {
        ...(globals.region !== undefined ? { region: globals.region } : {}),
        imdsRegion: () => (credentials.instanceId ? imdsRegion(host.world, credentials.instanceId) : null),
      }),
    );
  if (command === 's3') return done(s3Command(rest, ctx));
  if (command === 'ssm' && rest[0] === 'start-session') return done(startSession(rest.slice(1), ctx));

  const service = findService(command);
  if (!service) {
    if (serviceChoices().includes(command)) return done(failed(notImplemented(command, rest[0])));
    return done(failed(invalidChoice('command', command, serviceChoices())));
  }
  const [opName, ...opArgs] = rest;
  if (opName === undefined)
    return done(failed(usageError('the following arguments are required: operation')));
  if (opName === 'help') return done(result(serviceHelp(service)));
  const op = findOperation(service, opName);
  const world = worldService(service.model);
  if (!op || !world || !isImplemented(world, op.name)) {
    if (operationChoices(service).includes(opName)) return done(failed(notImplemented(command, opName)));
    return done(failed(invalidChoice('operation', opName, operationChoices(service))));
  }
  return done(unlessNotSimulated(op, () => callOperation(ctx, op, opArgs)));
}

/** A request the simulator knowingly leaves out gets the CLI front's "does not implement … yet" answer. */
function unlessNotSimulated(op: FoundOperation, run: () => ExecResult): ExecResult {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof NotSimulated)) throw error;
    const option = op.spec.args.find(([, member]) => member !== null && member === error.member)?.[0];
    const what = option ? `--${option}` : (error.detail ?? error.member ?? 'this request');
    return failed(notImplemented(`${op.service.service} ${op.spec.cli}`, what));
  }
}

/** Reads a `file://` path from the VFS (relative to the working directory, `~` expanded). */
export function vfsReader(io: CommandIo): (path: string) => ReadFileResult {
  return (path) => {
    const read = io.fs.readFile(io.path(path));
    return read.ok ? { ok: true, value: read.value } : { ok: false, error: { code: read.error.code } };
  };
}

/** Credentials, or the CLI's failure (profile missing, no credentials, a failed AssumeRole). */
export function callerFor(
  ctx: AwsContext,
): { ok: true; caller: Caller; resolved: ResolvedCredentials | null } | { ok: false; result: ExecResult } {
  const config = loadSharedConfig(ctx.io.fs, ctx.io.env, ctx.credentials.home);
  const missing = checkProfile(ctx.credentials, config);
  if (missing) return { ok: false, result: failed(missing) };
  if (!ctx.globals.signRequest) return { ok: true, caller: { anonymous: true }, resolved: null };
  const resolved = resolveCredentials(ctx.credentials);
  if (!resolved.ok) return { ok: false, result: failed(resolved) };
  if (!resolved.found) return { ok: false, result: result('', NO_CREDENTIALS, 253) };
  return { ok: true, caller: resolved.found.credentials, resolved: resolved.found };
}

/** Services whose endpoint needs no region (botocore's `aws-global` partition endpoint). */
const GLOBAL_ENDPOINTS: ReadonlySet<string> = new Set(['iam', 'sts', 'organizations', 's3']);

/** The region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`, then IMDS on an instance. */
export function regionFor(ctx: AwsContext): string | null {
  const env = ctx.io.env;
  const fromFlag = ctx.globals.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
  if (fromFlag) return fromFlag;
  const config = loadSharedConfig(ctx.io.fs, env, ctx.credentials.home);
  const fromFile = config.profiles[profileName(ctx.credentials).name]?.region;
  if (typeof fromFile === 'string' && fromFile) return fromFile;
  const instance = ctx.credentials.instanceId;
  return instance ? imdsRegion(ctx.host.world, instance) : null;
}

/** `--output`, `AWS_DEFAULT_OUTPUT`, the profile's `output`, else json. */
function outputFor(ctx: AwsContext): OutputFormat {
  if (ctx.globals.output) return ctx.globals.output;
  const env = ctx.io.env.AWS_DEFAULT_OUTPUT;
  const config = loadSharedConfig(ctx.io.fs, ctx.io.env, ctx.credentials.home);
  const fromFile = config.profiles[profileName(ctx.credentials).name]?.output;
  const chosen = env || (typeof fromFile === 'string' ? fromFile : '');
  return (
    ['json', 'text', 'table', 'yaml', 'yaml-stream'].includes(chosen) ? chosen : 'json'
  ) as OutputFormat;
}

/** The one place a service error is printed: botocore's ClientError text, exit 254. */
export function serviceError(error: AwsError, operation: string): ExecResult {
  return result(
    '',
    `\nAn error occurred (${error.code}) when calling the ${operation} operation: ${error.message}\n`,
    254,
  );
}

function callOperation(ctx: AwsContext, op: FoundOperation, argv: readonly string[]): ExecResult {
  const parsed = parseOperationArgs(op, argv, {
    readFile: vfsReader(ctx.io),
    paginate: ctx.globals.paginate,
    ...(ctx.globals.binaryFormat ? { binaryFormat: ctx.globals.binaryFormat } : {}),
  });
  if (!parsed.ok) return failed(parsed);
  if (parsed.help) return result(operationHelp(op));
  if (parsed.generateCliSkeleton !== undefined)
    return failed(notImplemented(`${op.service.service} ${op.spec.cli}`, '--generate-cli-skeleton'));
  const who = callerFor(ctx);
  if (!who.ok) return who.result;
  // IAM, STS, Organizations and S3 have global endpoints: with no region configured, CLI v2 resolves `aws-global`
  // (https://iam.amazonaws.com/ …) instead of failing; the other services need a region.
  const region = regionFor(ctx) ?? (GLOBAL_ENDPOINTS.has(op.service.endpointPrefix) ? 'us-east-1' : null);
  if (!region) return result('', NO_REGION, 253);
  const service = worldService(op.service.model);
  if (!service) throw new Error(`no world service for ${op.service.model}`);
  const world = ctx.host.world;
  let debug = '';
  if (ctx.globals.debug)
    debug = debugBefore(world, who.caller, who.resolved, {
      service: op.service.endpointPrefix,
      operation: op.name,
      params: parsed.params,
      region,
    });
  const call = (params: Record<string, unknown>): CallResult =>
    world.call(who.caller, service, op.name, params);
  const prepare = (page: Record<string, unknown>) =>
    (op.spec.output ? prepareOutput(page, op.spec.output, op.service) : page) as Record<string, unknown>;

  let data: unknown;
  let last: CallResult;
  const paginator = op.spec.paginator;
  if (parsed.paginate && paginator) {
    let lastAnswer: CallResult = {};
    const pages = paginate(
      (params) => {
        lastAnswer = call(params);
        return lastAnswer;
      },
      parsed.params,
      paginator,
      parsed.paging,
      prepare,
    );
    last = lastAnswer;
    if (!pages.ok)
      return withDebug(serviceError(pages.error, op.name), debug && debug + debugAfter(pages.error));
    data = pages.value;
  } else {
    last = call(parsed.params);
    if (isAwsError(last)) return withDebug(serviceError(last, op.name), debug && debug + debugAfter(last));
    data = prepare({ ...last });
  }
  debug += ctx.globals.debug ? debugAfter(last) : '';
  let written = '';
  if (parsed.bootstrapMethod !== undefined && parsed.outfile !== undefined) {
    const saved = saveMfaBootstrap(ctx, data, parsed.bootstrapMethod, parsed.outfile);
    if (saved) return withDebug(saved, debug);
  } else if (parsed.outfile !== undefined) {
    const out = writeOutfile(ctx, op, data, parsed.outfile);
    if (out) return withDebug(out, debug);
    data = dropStreamingMember(op, data);
    written = '';
  }
  if (!op.spec.output) return withDebug(result(written), debug);
  const formatted = formatOutput(data, {
    output: outputFor(ctx),
    operationName: op.name,
    ...(ctx.globals.query !== undefined ? { query: ctx.globals.query } : {}),
    ...(parsed.paginate && paginator ? { paginated: true } : {}),
  });
  if (!formatted.ok) return withDebug(failed(formatted), debug);
  return withDebug(result(formatted.stdout), debug);
}

function withDebug(r: ExecResult, debug: string): ExecResult {
  return debug ? { ...r, stderr: debug + r.stderr } : r;
}

/**
 * `create-virtual-mfa-device --outfile F --bootstrap-method M` (the CLI's iamvirtmfa customization): the chosen
 * bootstrap field is written to F and both bootstrap fields leave the printed output.
 */
function saveMfaBootstrap(
  ctx: AwsContext,
  data: unknown,
  method: string,
  outfile: string,
): ExecResult | null {
  const device = (data as { VirtualMFADevice?: Record<string, unknown> }).VirtualMFADevice;
  if (!device) return null;
  const body = device[method];
  if (body !== undefined) {
    // The file gets the bytes themselves (QRCodePNG is a PNG); a non-UTF-8 byte is kept as the shell keeps it.
    const text = body instanceof Uint8Array ? decodeBytes(body) : String(body);
    const written = ctx.io.fs.writeFile(ctx.io.path(outfile), text);
    if (!written.ok) return result('', `\n[Errno 2] No such file or directory: '${outfile}'\n`, 255);
  }
  delete device.QRCodePNG;
  delete device.Base32StringSeed;
  return null;
}

/** `get-object … OUTFILE`: the streaming member goes to the file, the rest is printed. */
function writeOutfile(
  ctx: AwsContext,
  op: FoundOperation,
  data: unknown,
  outfile: string,
): ExecResult | null {
  const member = streamingMember(op);
  if (!member) return null;
  const body = (data as Record<string, unknown>)[member];
  const text = body instanceof Uint8Array ? decodeBytes(body) : typeof body === 'string' ? body : '';
  const written = ctx.io.fs.writeFile(ctx.io.path(outfile), text);
  if (!written.ok) return result('', `\n[Errno 2] No such file or directory: '${outfile}'\n`, 255);
  return null;
}

function streamingMember(op: FoundOperation): string | undefined {
  const shape = op.spec.output ? op.service.shapes[op.spec.output] : undefined;
  return shape?.type === 'structure' ? shape.payload : undefined;
}

function dropStreamingMember(op: FoundOperation, data: unknown): unknown {
  const member = streamingMember(op);
  if (!member || typeof data !== 'object' || data === null) return data;
  const { [member]: _dropped, ...rest } = data as Record<string, unknown>;
  return rest;
}

/** `aws ssm start-session --target ID`: the session host switches the terminal to the instance. */
function startSession(args: readonly string[], ctx: AwsContext): ExecResult {
  const index = args.findIndex((a) => a === '--target' || a.startsWith('--target='));
  const target =
    index < 0 ? undefined : args[index]?.includes('=') ? args[index]?.split('=')[1] : args[index + 1];
  if (!target) return failed(usageError('the following arguments are required: --target'));
  if (!ctx.host.startSession) return failed(notImplemented('ssm', 'start-session'));
  const who = callerFor(ctx);
  if (!who.ok) return who.result;
  if (!regionFor(ctx)) return result('', NO_REGION, 253);
  return ctx.host.startSession(target, ctx.io);
}
