import { imdsRequest } from '../../sim/ec2/imds.ts';
import { idpDocument, isIdpHost } from '../../sim/sts/oidc-idps.ts';
import type { World } from '../../sim/world/index.ts';
import type { CommandIo, CommandSpec, ExecResult } from '../types.ts';

const IMDS_HOSTS = ['169.254.169.254', '[fd00:ec2::254]'];
/** How long Linux takes to give up on a TCP connect nobody answers (the SYN retries), in ms. */
const KERNEL_CONNECT_TIMEOUT_MS = 130_000;

interface CurlArgs {
  method?: string;
  headers: Record<string, string>;
  silent: boolean;
  showError: boolean;
  include: boolean;
  fail: boolean;
  writeOut?: string;
  output?: string;
  connectTimeout?: number;
  url?: string;
}

/**
 * A minimal `curl` for the lab: only the instance metadata service exists on this network. On an instance,
 * `http://169.254.169.254/…` (and `[fd00:ec2::254]`) reaches IMDS; off one, that address times out like on a laptop;
 * any other host does not resolve.
 */
export function createCurlCommand(world: World, instanceId: () => string | null): CommandSpec {
  return {
    description: "transfer a URL (only instance metadata and the OIDC IdPs' public keys answer here)",
    run: (args, io) => curl(args, io, world, instanceId()),
  };
}

function parseArgs(args: readonly string[]): CurlArgs | string {
  const out: CurlArgs = { headers: {}, silent: false, showError: false, include: false, fail: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => args[++i];
    if (arg === '-X' || arg === '--request') out.method = value();
    else if (arg === '-H' || arg === '--header') {
      const header = value() ?? '';
      const colon = header.indexOf(':');
      if (colon > 0) out.headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (arg === '-w' || arg === '--write-out') out.writeOut = value();
    else if (arg === '-o' || arg === '--output') out.output = value();
    else if (arg === '--connect-timeout' || arg === '-m' || arg === '--max-time')
      out.connectTimeout = Number(value());
    else if (/^-[sSifLv]+$/.test(arg)) {
      if (arg.includes('s')) out.silent = true;
      if (arg.includes('S')) out.showError = true;
      if (arg.includes('i')) out.include = true;
      if (arg.includes('f')) out.fail = true;
    } else if (arg === '--silent') out.silent = true;
    else if (arg === '--show-error') out.showError = true;
    else if (arg === '--include') out.include = true;
    else if (arg === '--fail') out.fail = true;
    else if (arg === '--location') continue;
    else if (arg.startsWith('-'))
      return `curl: option ${arg}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`;
    else out.url = arg;
  }
  return out;
}

function curl(args: readonly string[], io: CommandIo, world: World, instanceId: string | null): ExecResult {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return { stdout: '', stderr: parsed, exitCode: 2 };
  if (!parsed.url)
    return {
      stdout: '',
      stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n",
      exitCode: 2,
    };
  const match = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:]+)(?::(\d+))?(\/.*)?$/.exec(parsed.url);
  if (!match) return error(parsed, 3, 'URL using bad/illegal format or missing URL');
  const [, scheme = 'http', host = '', port = scheme === 'https' ? '443' : '80', path = '/'] = match;
  const quietError = (code: number, message: string) => error(parsed, code, message);
  if (scheme === 'https' && port === '443' && isIdpHost(host)) return idpResponse(parsed, io, host, path);
  if (!IMDS_HOSTS.includes(host)) {
    if (/^[\d.]+$/.test(host) || host.startsWith('[')) return timeout(parsed, io, host, port, quietError);
    return quietError(6, `Could not resolve host: ${host}`);
  }
  if (instanceId === null || scheme !== 'http' || port !== '80')
    return timeout(parsed, io, host, port, quietError);
  const response = imdsRequest(world, instanceId, {
    method: parsed.method ?? 'GET',
    path,
    headers: parsed.headers,
  });
  if (response.status === 0) return timeout(parsed, io, host, port, quietError);
  if (parsed.fail && response.status >= 400)
    return quietError(22, `The requested URL returned error: ${response.status}`);
  let body = response.body;
  if (parsed.include) {
    const head = [`HTTP/1.1 ${response.status} ${reason(response.status)}`];
    for (const [k, v] of Object.entries(response.headers)) head.push(`${k}: ${v}`);
    head.push(`Content-Length: ${body.length}`, 'Server: EC2ws');
    body = `${head.join('\r\n')}\r\n\r\n${body}`;
  }
  if (parsed.output) {
    io.fs.writeFile(io.path(parsed.output), body);
    body = '';
  }
  const written =
    parsed.writeOut?.replaceAll('%{http_code}', String(response.status)).replaceAll('\\n', '\n') ?? '';
  return { stdout: body + written, stderr: '', exitCode: 0 };
}

/** An OpenID Connect IdP's public endpoints (discovery document, JWKS); anything else there is a 404. */
function idpResponse(parsed: CurlArgs, io: CommandIo, host: string, path: string): ExecResult {
  const document = idpDocument(`https://${host}${path}`);
  const status = document === null ? 404 : 200;
  if (parsed.fail && status >= 400) return error(parsed, 22, `The requested URL returned error: ${status}`);
  let body = document === null ? '{"error":"not found"}' : `${document}\n`;
  if (parsed.include)
    body = `HTTP/2 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`;
  if (parsed.output) {
    io.fs.writeFile(io.path(parsed.output), body);
    body = '';
  }
  const written = parsed.writeOut?.replaceAll('%{http_code}', String(status)).replaceAll('\\n', '\n') ?? '';
  return { stdout: body + written, stderr: '', exitCode: 0 };
}

function timeout(
  parsed: CurlArgs,
  io: CommandIo,
  host: string,
  port: string,
  fail: (code: number, message: string) => ExecResult,
): ExecResult {
  if (parsed.connectTimeout !== undefined && parsed.connectTimeout > 0) {
    const ms = Math.round(parsed.connectTimeout * 1000) + 1;
    io.clock.advance(ms);
    return fail(28, `Connection timed out after ${ms} milliseconds`);
  }
  io.clock.advance(KERNEL_CONNECT_TIMEOUT_MS);
  return fail(
    28,
    `Failed to connect to ${host.replace(/^\[|\]$/g, '')} port ${port} after ${KERNEL_CONNECT_TIMEOUT_MS} ms: Timeout was reached`,
  );
}

function error(parsed: CurlArgs, code: number, message: string): ExecResult {
  const show = !parsed.silent || parsed.showError;
  return { stdout: '', stderr: show ? `curl: (${code}) ${message}\n` : '', exitCode: code };
}

function reason(status: number): string {
  return (
    (
      {
        200: 'OK',
        400: 'Bad Request',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'Not Found',
        405: 'Method Not Allowed',
      } as Record<number, string>
    )[status] ?? ''
  );
}
