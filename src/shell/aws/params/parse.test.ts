import { describe, expect, it } from 'vitest';
import { findOperation, findService } from '../spec/index.ts';
import { utf8Encode } from './bytes.ts';
import { type ParseOptions, type ParseResult, parseOperationArgs } from './parse.ts';

/** What the learner types after `aws`, with a few files in the working directory. */
function run(
  line: string[],
  files: Record<string, string | Uint8Array> = {},
  opts: Partial<ParseOptions> = {},
) {
  const [service = '', operation = '', ...rest] = line;
  const spec = findService(service);
  const op = spec && findOperation(spec, operation);
  if (!op) throw new Error(`no ${service} ${operation}`);
  const readFile = (path: string) =>
    path in files
      ? { ok: true as const, value: files[path] as string }
      : { ok: false as const, error: { code: 'ENOENT' } };
  return parseOperationArgs(op, rest, { readFile, ...opts });
}

function call(result: ParseResult) {
  if (!result.ok || result.help) throw new Error(`expected a call, got ${JSON.stringify(result)}`);
  return result;
}

describe('parseOperationArgs', () => {
  it('turns a role command line into API parameters in the CLI order', () => {
    const result = call(
      run(
        [
          'iam',
          'create-role',
          '--assume-role-policy-document',
          'file://trust.json',
          '--role-name',
          'AppRole',
        ],
        { 'trust.json': '{"Version": "2012-10-17"}\r\n' },
      ),
    );
    expect(JSON.stringify(result.params)).toBe(
      '{"RoleName":"AppRole","AssumeRolePolicyDocument":"{\\"Version\\": \\"2012-10-17\\"}\\n"}',
    );
  });

  it('recognises help', () => {
    expect(run(['iam', 'get-role', 'help'])).toEqual({ ok: true, help: true });
    expect(run(['iam', 'get-role', '--role-name', 'r', 'help'])).toEqual({ ok: true, help: true });
  });

  it('reports the CLI paging options apart from the parameters', () => {
    const result = call(
      run(['iam', 'list-roles', '--max-items', '2', '--starting-token', 'abc', '--page-size', '9']),
    );
    expect(result).toMatchObject({
      params: {},
      paginate: true,
      paging: { maxItems: 2, startingToken: 'abc', pageSize: 9 },
    });
    expect(call(run(['iam', 'list-roles', '--marker', 'm'])).paginate).toBe(false);
    expect(call(run(['iam', 'list-roles'], {}, { paginate: false })).paginate).toBe(false);
    expect(call(run(['iam', 'list-roles', '--cli-input-json', '{"Marker": "m"}'])).paginate).toBe(false);
  });

  it('gives the outfile, bootstrap method and skeleton requests to the front', () => {
    expect(call(run(['s3api', 'get-object', '--bucket', 'b', '--key', 'k', 'out.txt'])).outfile).toBe(
      'out.txt',
    );
    const mfa = call(
      run([
        'iam',
        'create-virtual-mfa-device',
        '--virtual-mfa-device-name',
        'm',
        '--outfile',
        'qr.png',
        '--bootstrap-method',
        'QRCodePNG',
      ]),
    );
    expect(mfa).toMatchObject({
      outfile: 'qr.png',
      bootstrapMethod: 'QRCodePNG',
      params: { VirtualMFADeviceName: 'm' },
    });
    expect(call(run(['iam', 'create-role', '--generate-cli-skeleton'])).generateCliSkeleton).toBe('input');
    expect(
      call(run(['iam', 'get-role', '--generate-cli-skeleton', 'output', '--role-name', 'r']))
        .generateCliSkeleton,
    ).toBe('output');
  });

  it('reads blobs as base64, or as raw text with raw-in-base64-out, and fileb:// as bytes', () => {
    const encrypt = ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext'];
    expect(call(run([...encrypt, 'aGk='])).params.Plaintext).toEqual(utf8Encode('hi'));
    expect(call(run([...encrypt, 'hi'], {}, { binaryFormat: 'raw-in-base64-out' })).params.Plaintext).toEqual(
      utf8Encode('hi'),
    );
    const bytes = Uint8Array.from([0, 255, 1]);
    expect(call(run([...encrypt, 'fileb://key.bin'], { 'key.bin': bytes })).params.Plaintext).toEqual(bytes);
    expect(call(run([...encrypt, 'file://key.b64'], { 'key.b64': 'aGk=\n' })).params.Plaintext).toEqual(
      utf8Encode('hi'),
    );
  });

  it('reads a streaming body from a plain path', () => {
    const result = call(
      run(['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'notes.txt'], {
        'notes.txt': 'hi',
      }),
    );
    expect(result.params.Body).toEqual(utf8Encode('hi'));
  });

  it('accepts ISO and epoch timestamps, passing the text on', () => {
    const result = call(
      run(['cloudtrail', 'lookup-events', '--start-time', '2025-01-15', '--end-time', '1736935200']),
    );
    expect(result.params).toEqual({ StartTime: '2025-01-15', EndTime: '1736935200' });
  });

  it('takes --cli-input-yaml', () => {
    const result = call(run(['iam', 'get-role', '--cli-input-yaml', 'RoleName: AppRole\n']));
    expect(result.params).toEqual({ RoleName: 'AppRole' });
    expect(run(['iam', 'get-role', '--cli-input-yaml', 'a: [b'])).toEqual({
      ok: false,
      stderr: "\nError parsing parameter 'cli-input-yaml': Invalid YAML received.\n",
      exitCode: 252,
    });
  });

  it('fills the lambda Code structure from --zip-file and --code', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)]);
    const result = call(
      run(
        [
          'lambda',
          'create-function',
          '--function-name',
          'f',
          '--role',
          'arn:aws:iam::123456789012:role/r',
          '--code',
          'S3Bucket=my-bucket,S3Key=k',
          '--zip-file',
          'fileb://f.zip',
        ],
        { 'f.zip': zip },
      ),
    );
    expect(result.params.Code).toEqual({ S3Bucket: 'my-bucket', S3Key: 'k', ZipFile: zip });
  });

  it('moves run-instances scalar network options into NetworkInterfaces', () => {
    const result = call(
      run([
        'ec2',
        'run-instances',
        '--image-id',
        'ami-1',
        '--subnet-id',
        'subnet-1',
        '--associate-public-ip-address',
        '--secondary-private-ip-address-count',
        '2',
      ]),
    );
    expect(result.params).toEqual({
      ImageId: 'ami-1',
      NetworkInterfaces: [
        {
          DeviceIndex: 0,
          AssociatePublicIpAddress: true,
          SecondaryPrivateIpAddressCount: 2,
          SubnetId: 'subnet-1',
        },
      ],
      MaxCount: 1,
      MinCount: 1,
    });
    expect(
      run([
        'ec2',
        'run-instances',
        '--image-id',
        'ami-1',
        '--network-interfaces',
        'DeviceIndex=0',
        '--associate-public-ip-address',
      ]),
    ).toEqual({
      ok: false,
      stderr: '\nMixing the --network-interfaces option with the simple, scalar options is not supported.\n',
      exitCode: 252,
    });
  });

  it('applies minimums to list lengths and ignores maxima and patterns', () => {
    expect(
      run([
        'sts',
        'assume-role',
        '--role-arn',
        'x'.repeat(20),
        '--role-session-name',
        'bad name!'.repeat(20),
      ]),
    ).toMatchObject({
      ok: true,
    });
  });
});
