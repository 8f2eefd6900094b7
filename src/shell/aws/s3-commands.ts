import { isAwsError } from '../../sim/aws-error.ts';
import type { CommandIo, ExecResult } from '../types.ts';
import type { AwsContext } from './cli.ts';
import { callerFor, serviceError } from './cli.ts';
import { notImplemented } from './implemented.ts';
import { utf8Decode, utf8Encode } from './params/bytes.ts';
import { usageError } from './params/index.ts';

type Row = Record<string, unknown>;

/**
 * The high-level `aws s3` commands a role tutorial uses: `ls` (buckets, or a bucket/prefix; exit 1 when a prefix
 * matches nothing), `cp` between the VFS (or `-`, stdin/stdout) and S3, and `rm` of one object, printed like
 * `awscli/customizations/s3`.
 */
export function s3Command(args: readonly string[], ctx: AwsContext): ExecResult {
  const [sub, ...rest] = args;
  if (sub === undefined) return fail(usageError('the following arguments are required: operation'));
  if (sub === 'ls') return ls(rest, ctx);
  if (sub === 'cp') return cp(rest, ctx);
  if (sub === 'rm') return rm(rest, ctx);
  return fail(notImplemented('s3', sub));
}

const fail = (f: { stderr: string; exitCode: number }): ExecResult => ({
  stdout: '',
  stderr: f.stderr,
  exitCode: f.exitCode,
});

/** `2025-01-15 09:00:00` (the CLI prints local time; the simulated machine runs on UTC). */
function lastModified(value: unknown): string {
  const iso = new Date(String(value)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

function splitS3(path: string): { bucket: string; key: string } {
  const bare = path.startsWith('s3://') ? path.slice(5) : path;
  const slash = bare.indexOf('/');
  return slash < 0 ? { bucket: bare, key: '' } : { bucket: bare.slice(0, slash), key: bare.slice(slash + 1) };
}

function ls(args: readonly string[], ctx: AwsContext): ExecResult {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const known = ['--recursive', '--summarize', '--human-readable'];
  const unknown = [...flags].filter((f) => !known.includes(f));
  if (unknown.length > 0) return fail(notImplemented('s3 ls', unknown.join(' ')));
  const [path = ''] = args.filter((a) => !a.startsWith('--'));
  const who = callerFor(ctx);
  if (!who.ok) return who.result;
  const world = ctx.host.world;
  const { bucket, key } = splitS3(path);
  if (!bucket) {
    const answer = world.call(who.caller, 's3', 'ListBuckets', {});
    if (isAwsError(answer)) return serviceError(answer, 'ListBuckets');
    const buckets = (answer.Buckets ?? []) as Row[];
    return {
      stdout: buckets.map((b) => `${lastModified(b.CreationDate)} ${b.Name}\n`).join(''),
      stderr: '',
      exitCode: 0,
    };
  }
  const recursive = flags.has('--recursive');
  let out = '';
  let empty = false;
  let firstPage = true;
  let objects = 0;
  let bytes = 0;
  let token: string | undefined;
  do {
    const answer = world.call(who.caller, 's3', 'ListObjectsV2', {
      Bucket: bucket,
      Prefix: key,
      ...(recursive ? {} : { Delimiter: '/' }),
      ...(token ? { ContinuationToken: token } : {}),
    });
    if (isAwsError(answer)) return { ...serviceError(answer, 'ListObjectsV2'), stdout: out };
    const prefixes = (answer.CommonPrefixes ?? []) as Row[];
    const contents = (answer.Contents ?? []) as Row[];
    if (prefixes.length === 0 && contents.length === 0) empty = true;
    else {
      for (const p of prefixes) out += `${'PRE'.padStart(30)} ${String(p.Prefix).split('/').at(-2)}/\n`;
      for (const c of contents) {
        objects++;
        bytes += Number(c.Size);
        const name = recursive ? String(c.Key) : (String(c.Key).split('/').at(-1) ?? '');
        out += `${lastModified(c.LastModified)} ${String(c.Size).padStart(10)} ${name}\n`;
      }
      firstPage = false;
    }
    token = answer.IsTruncated ? String(answer.NextContinuationToken) : undefined;
  } while (token);
  if (flags.has('--summarize'))
    out += `\n${'Total Objects: '.padStart(15)}${objects}\n${'Total Size: '.padStart(15)}${bytes}\n`;
  return { stdout: out, stderr: '', exitCode: key && empty && firstPage ? 1 : 0 };
}

function cp(args: readonly string[], ctx: AwsContext): ExecResult {
  const paths = args.filter((a) => !a.startsWith('--'));
  const extra = args.filter((a) => a.startsWith('--'));
  if (extra.length > 0) return fail(notImplemented('s3 cp', extra.join(' ')));
  if (paths.length < 2) return fail(usageError('the following arguments are required: paths'));
  const [from = '', to = ''] = paths;
  const who = callerFor(ctx);
  if (!who.ok) return who.result;
  const world = ctx.host.world;
  const io: CommandIo = ctx.io;
  if (!from.startsWith('s3://') && to.startsWith('s3://')) {
    // `-` uploads stdin, and a stream upload prints nothing.
    const read = from === '-' ? { ok: true as const, value: io.stdin } : io.fs.readFile(io.path(from));
    if (!read.ok)
      return { stdout: '', stderr: `\nThe user-provided path ${from} does not exist.\n`, exitCode: 255 };
    const target = splitS3(to);
    const key =
      !target.key || target.key.endsWith('/') ? `${target.key}${from.split('/').at(-1)}` : target.key;
    const answer = world.call(who.caller, 's3', 'PutObject', {
      Bucket: target.bucket,
      Key: key,
      Body: utf8Encode(read.value),
    });
    const shown = `s3://${target.bucket}/${key}`;
    const source = shownLocal(io, from);
    if (isAwsError(answer))
      return {
        stdout: '',
        stderr: `upload failed: ${source} to ${shown} An error occurred (${answer.code}) when calling the PutObject operation: ${answer.message}\n`,
        exitCode: 1,
      };
    return { stdout: from === '-' ? '' : `upload: ${source} to ${shown}\n`, stderr: '', exitCode: 0 };
  }
  if (from.startsWith('s3://') && !to.startsWith('s3://')) {
    const source = splitS3(from);
    const name = source.key.split('/').at(-1) ?? '';
    const dest = io.fs.stat(io.path(to));
    const local =
      (dest.ok && dest.value.type === 'dir') || to.endsWith('/') ? `${to.replace(/\/$/, '')}/${name}` : to;
    const head = world.call(who.caller, 's3', 'HeadObject', { Bucket: source.bucket, Key: source.key });
    if (isAwsError(head))
      return {
        stdout: '',
        stderr: `fatal error: An error occurred (${head.status}) when calling the HeadObject operation: ${httpReason(head.status)}\n`,
        exitCode: 1,
      };
    const answer = world.call(who.caller, 's3', 'GetObject', { Bucket: source.bucket, Key: source.key });
    if (isAwsError(answer))
      return {
        stdout: '',
        stderr: `download failed: ${from} to ${to === '-' ? '-' : shownLocal(io, local)} An error occurred (${answer.code}) when calling the GetObject operation: ${answer.message}\n`,
        exitCode: 1,
      };
    const body =
      answer.Body instanceof Uint8Array ? (utf8Decode(answer.Body) ?? '') : String(answer.Body ?? '');
    // `-` streams the object to stdout, with no progress line.
    if (to === '-') return { stdout: body, stderr: '', exitCode: 0 };
    const written = io.fs.writeFile(io.path(local), body);
    if (!written.ok)
      return {
        stdout: '',
        stderr: `download failed: ${from} to ${shownLocal(io, local)} [Errno 2] No such file or directory\n`,
        exitCode: 1,
      };
    return { stdout: `download: ${from} to ${shownLocal(io, local)}\n`, stderr: '', exitCode: 0 };
  }
  return fail(notImplemented('s3 cp', 'between two local paths or two S3 locations'));
}

/** `aws s3 rm s3://BUCKET/KEY`: deletes one object (`--recursive` and filters are not simulated). */
function rm(args: readonly string[], ctx: AwsContext): ExecResult {
  const paths = args.filter((a) => !a.startsWith('--'));
  const extra = args.filter((a) => a.startsWith('--'));
  if (extra.length > 0) return fail(notImplemented('s3 rm', extra.join(' ')));
  const [path] = paths;
  if (path === undefined) return fail(usageError('the following arguments are required: paths'));
  // awscli's check_path_type raises this TypeError; the driver prints it after a blank line, exit 255.
  if (!path.startsWith('s3://') || paths.length > 1)
    return {
      stdout: '',
      stderr: '\nusage: aws s3 rm <S3Uri>\nError: Invalid argument type\n',
      exitCode: 255,
    };
  const { bucket, key } = splitS3(path);
  const who = callerFor(ctx);
  if (!who.ok) return who.result;
  const answer = ctx.host.world.call(who.caller, 's3', 'DeleteObject', { Bucket: bucket, Key: key });
  if (isAwsError(answer))
    return {
      stdout: '',
      stderr: `delete failed: ${path} An error occurred (${answer.code}) when calling the DeleteObject operation: ${answer.message}\n`,
      exitCode: 1,
    };
  return { stdout: `delete: ${path}\n`, stderr: '', exitCode: 0 };
}

/**
 * A local path as the CLI prints it in `upload:`/`download:` lines (awscli's `relative_path`): its directory
 * relative to the working directory, then its name, so `x` shows as `./x` and `/tmp/x` from home as `../../tmp/x`.
 */
function shownLocal(io: CommandIo, path: string): string {
  const absolute = io.path(path);
  const slash = absolute.lastIndexOf('/');
  const dir = absolute.slice(0, slash).split('/').filter(Boolean);
  const cwd = io.cwd.split('/').filter(Boolean);
  let common = 0;
  while (common < dir.length && common < cwd.length && dir[common] === cwd[common]) common++;
  const up = cwd.slice(common).map(() => '..');
  const relative = [...up, ...dir.slice(common)].join('/') || '.';
  return `${relative}/${absolute.slice(slash + 1)}`;
}

function httpReason(status: number): string {
  return (
    (
      { 403: 'Forbidden', 404: 'Not Found', 400: 'Bad Request', 301: 'Moved Permanently' } as Record<
        number,
        string
      >
    )[status] ?? 'Error'
  );
}
