import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOperation, findService } from '../spec/index.ts';
import { base64Decode, base64Encode } from './bytes.ts';
import { type ParseResult, parseOperationArgs } from './parse.ts';
import { PyFloat } from './python.ts';
import { invalidChoice, usageError } from './usage.ts';

/**
 * Golden transcripts of the real AWS CLI v2 (tools/capture-aws-fixtures.py): for each command line,
 * the parser must fail with the same stderr and exit code, or succeed with the parameters the CLI
 * handed to botocore (`sent`).
 */
interface Fixture {
  argv: string[];
  files?: Record<string, string | { base64: string } | { directory: true }>;
  stdout: string;
  stderr: string;
  exitCode: number;
  cliVersion: string;
  sent?: { operation: string; params: Record<string, unknown> };
  simulated?: { stderr: string; exitCode: number; why: string };
}

const DIR = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name.slice(0, -5), JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture] as const);

/** Takes out the global options these fixtures use, as the `aws` front does before the parser runs. */
function splitGlobals(argv: string[]) {
  const rest: string[] = [];
  let paginate = true;
  let binaryFormat = 'base64' as 'base64' | 'raw-in-base64-out';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-paginate') paginate = false;
    else if (argv[i] === '--cli-binary-format') binaryFormat = argv[++i] as typeof binaryFormat;
    else rest.push(argv[i] as string);
  }
  return { rest, paginate, binaryFormat };
}

function readFileFrom(files: Fixture['files'] = {}) {
  return (path: string) => {
    const file = files[path];
    if (file === undefined) return { ok: false as const, error: { code: 'ENOENT' } };
    if (typeof file === 'string') return { ok: true as const, value: file };
    if ('directory' in file) return { ok: false as const, error: { code: 'EISDIR' } };
    return { ok: true as const, value: base64Decode(file.base64) as Uint8Array };
  };
}

/** Parameters as JSON the capture wrote them: bytes as {$bytes}, files as their bytes. */
function normalize(value: unknown, files: Fixture['files'] = {}, raw = false): unknown {
  // With raw-in-base64-out the CLI hands botocore the text itself; the parser gives its UTF-8 bytes.
  if (value instanceof Uint8Array)
    return raw ? new TextDecoder().decode(value) : { $bytes: base64Encode(value) };
  if (value instanceof PyFloat) return value.value;
  if (Array.isArray(value)) return value.map((v) => normalize(v, files, raw));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.$file === 'string') {
      const file = files[obj.$file];
      const text = typeof file === 'string' ? file : '';
      return { $bytes: base64Encode(new Uint8Array([...text].map((c) => c.charCodeAt(0)))) };
    }
    return Object.fromEntries(
      Object.entries(obj)
        .filter(([key]) => key !== 'ClientToken')
        .map(([k, v]) => [k, normalize(v, files, raw)]),
    );
  }
  return value;
}

function reachedService(stderr: string): boolean {
  return stderr.startsWith('\nAn error occurred') || stderr.includes('Unable to parse response');
}

/** The choices an `Invalid choice` message lists, read back from the CLI's own text. */
function listedChoices(stderr: string): string[] {
  const body = (stderr.split('valid choices are:\n\n')[1] ?? '').split('\n\n')[0] ?? '';
  return body
    .split('\n')
    .flatMap((line) => line.split(' | '))
    .map((choice) => choice.trim())
    .filter(Boolean);
}

describe('AWS CLI v2 golden transcripts', () => {
  it.each(fixtures)('%s', (_name, fixture) => {
    const { rest, paginate, binaryFormat } = splitGlobals(fixture.argv);
    const expected = fixture.simulated ?? fixture;
    const [serviceName = '', operationName] = rest;
    const service = findService(serviceName);
    if (!service) {
      // The real list has every AWS service; the formatting is what must match.
      expect(invalidChoice('command', serviceName, listedChoices(fixture.stderr))).toEqual({
        ok: false,
        stderr: expected.stderr,
        exitCode: expected.exitCode,
      });
      return;
    }
    if (operationName === undefined) {
      expect(usageError('the following arguments are required: operation').stderr).toBe(expected.stderr);
      return;
    }
    const op = findOperation(service, operationName);
    if (!op) {
      expect(invalidChoice('operation', operationName, listedChoices(fixture.stderr))).toEqual({
        ok: false,
        stderr: expected.stderr,
        exitCode: expected.exitCode,
      });
      return;
    }
    const result: ParseResult = parseOperationArgs(op, rest.slice(2), {
      readFile: readFileFrom(fixture.files),
      paginate,
      binaryFormat,
    });
    if (expected.exitCode !== 0 && !reachedService(expected.stderr)) {
      expect(result).toEqual({ ok: false, stderr: expected.stderr, exitCode: expected.exitCode });
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The CLI printed the operation's man page (bold as backspace overstrikes).
    expect(result.help).toBe(fixture.stdout.includes('\b'));
    if (result.help) return;
    if (!fixture.sent) return;
    expect(fixture.sent.operation).toBe(op.name);
    const sent = { ...result.params };
    const paginator = op.spec.paginator;
    if (paginator && result.paginate) {
      if (result.paging.startingToken !== undefined)
        sent[paginator.inputToken[0] as string] = result.paging.startingToken;
      if (result.paging.pageSize !== undefined && paginator.limitKey)
        sent[paginator.limitKey] = result.paging.pageSize;
    }
    // Same values in the same order.
    expect(JSON.stringify(normalize(sent, fixture.files, binaryFormat === 'raw-in-base64-out'))).toBe(
      JSON.stringify(normalize(fixture.sent.params, fixture.files)),
    );
  });
});
