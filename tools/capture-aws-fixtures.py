#!/usr/bin/env python3
"""Record what the real AWS CLI prints for the argument mistakes a learner makes.

Run by hand (tests only read the JSON it writes, never Python or the CLIs):

    moto_server -p 5011 &                       # a local backend; stop it by its PID afterwards
    python3 tools/capture-aws-fixtures.py       # writes src/shell/aws/params/fixtures/<case>.json

Each case runs in a fresh temporary directory holding the case's files, first with AWS CLI v2
(`/usr/bin/aws`, Debian's awscli package: the target) and then with AWS CLI v1 (the `aws` on PATH)
for comparison; v1's transcript is kept only where it differs. A third run drives v2 in-process to
record the parameters it hands to botocore (`sent`), the oracle for the parser's successful parses.

A fixture may also carry hand-written fields that a new capture keeps: `note` (why the case is
there) and `simulated` ({stderr, exitCode, why}: what the simulator prints instead, where copying the
CLI would copy a bug of that CLI version).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import biome_json  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, 'src', 'shell', 'aws', 'params', 'fixtures')
CASES_DIR = os.path.join(ROOT, 'src', 'shell', 'aws', 'params', 'cases')
ENDPOINT = os.environ.get('MOTO_ENDPOINT', 'http://127.0.0.1:5011')
V2 = os.environ.get('AWS_V2', '/usr/bin/aws')
V2_PYTHON = os.environ.get('AWS_V2_PYTHON', '/usr/bin/python3')
ENV = {
    'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
    'HOME': tempfile.gettempdir(),
    'AWS_ACCESS_KEY_ID': 'AKIAIOSFODNN7EXAMPLE',
    'AWS_SECRET_ACCESS_KEY': 'x',
    'AWS_DEFAULT_REGION': 'us-east-1',
    'AWS_PAGER': '',
    'AWS_CONFIG_FILE': '/dev/null',
    'AWS_SHARED_CREDENTIALS_FILE': '/dev/null',
    'LANG': 'C.UTF-8',
}

TRUST = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}\n'
ZIP = (
    'PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'  # an empty zip archive
)
ARN = 'arn:aws:iam::123456789012:role/AppRole'

# name, argv (without `aws` and --endpoint-url), optional files {name: text or None for a directory}, note
CASES = [
    # argparse: required, values, unknown options, prefixes
    ('missing-required-both', ['iam', 'create-role']),
    ('missing-required-one', ['iam', 'create-role', '--role-name', 'AppRole']),
    ('missing-value', ['iam', 'get-role', '--role-name']),
    ('missing-value-before-option', ['iam', 'get-role', '--role-name', '--path', '/x/']),
    ('value-dash-x', ['iam', 'get-role', '--role-name', '-x']),
    ('unknown-option', ['iam', 'get-role', '--role-name', 'AppRole', '--rolename', 'x']),
    ('unknown-option-and-missing-required', ['iam', 'get-role', '--rolename', 'x']),
    ('extra-positionals', ['iam', 'get-role', '--role-name', 'AppRole', 'foo', 'bar']),
    ('extra-positional-first', ['sts', 'get-caller-identity', 'extra']),
    ('prefix-accepted', ['iam', 'get-role', '--role-nam', 'AppRole']),
    ('prefix-ambiguous', ['iam', 'list-roles', '--ma', '5']),
    ('equals-form', ['iam', 'get-role', '--role-name=AppRole']),
    ('repeated-option-last-wins', ['iam', 'get-role', '--role-name', 'First', '--role-name', 'AppRole']),
    ('negative-number-value', ['iam', 'list-roles', '--page-size', '-5']),
    ('operation-typo', ['iam', 'get-rol', '--role-name', 'AppRole']),
    ('operation-typo-no-match', ['sts', 'fly']),
    ('operation-missing', ['sts']),
    ('service-typo', ['stss', 'get-caller-identity']),
    ('paging-int-invalid', ['iam', 'list-roles', '--max-items', 'abc']),
    ('paging-max-items', ['iam', 'list-roles', '--max-items', '1']),
    ('no-paginate-max-items', ['iam', 'list-roles', '--no-paginate', '--max-items', '5']),
    ('no-paginate-page-size', ['iam', 'list-roles', '--no-paginate', '--page-size', '5']),
    ('paging-page-size', ['ec2', 'describe-instances', '--page-size', '5', '--max-items', '7', '--starting-token', 'abc']),
    ('paging-manual-marker', ['iam', 'list-roles', '--marker', 'abc', '--path-prefix', '/x/']),
    ('boolean-flag', ['ec2', 'describe-instances', '--dry-run']),
    ('boolean-no-flag', ['ec2', 'describe-instances', '--no-dry-run']),
    ('boolean-with-value', ['ec2', 'describe-instances', '--dry-run', 'true']),
    ('boolean-explicit-value', ['ec2', 'describe-instances', '--dry-run=true']),
    ('list-no-values', ['ec2', 'describe-instances', '--instance-ids']),
    ('outfile-missing', ['s3api', 'get-object', '--bucket', 'b', '--key', 'k']),
    ('outfile-and-key-missing', ['s3api', 'get-object', '--bucket', 'b']),
    ('outfile-given', ['s3api', 'get-object', '--bucket', 'b', '--key', 'k', 'out.txt']),
    ('sts-assume-role-missing-session-name', ['sts', 'assume-role', '--role-arn', ARN]),
    ('mfa-device-missing-custom-required', ['iam', 'create-virtual-mfa-device', '--virtual-mfa-device-name', 'm']),
    (
        'mfa-device-bad-choice',
        ['iam', 'create-virtual-mfa-device', '--virtual-mfa-device-name', 'm', '--outfile', 'qr.png',
         '--bootstrap-method', 'QRCode'],
    ),
    # file:// and fileb://
    ('file-missing', ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', 'file://trust.json']),
    (
        'file-ok',
        ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', 'file://trust.json'],
        {'trust.json': TRUST},
    ),
    (
        'file-directory',
        ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', 'file://policies'],
        {'policies': None},
    ),
    (
        'file-not-utf8',
        ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', 'file://bin.dat'],
        {'bin.dat': b'\xff\xfe\x00'},
    ),
    (
        'fileb-for-string',
        ['iam', 'put-role-policy', '--role-name', 'AppRole', '--policy-name', 'p', '--policy-document',
         'fileb://trust.json'],
        {'trust.json': TRUST},
    ),
    (
        'file-for-list',
        ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'file://tags.json'],
        {'tags.json': '[{"Key": "Team", "Value": "Security"}]'},
    ),
    ('blob-base64-invalid', ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', 'hello']),
    ('blob-base64-ok', ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', 'aGVsbG8=']),
    (
        'blob-fileb',
        ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', 'fileb://secret.txt'],
        {'secret.txt': 'hello\n'},
    ),
    ('streaming-body-missing-file', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'nofile.txt']),
    (
        'streaming-body-file',
        ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'hello.txt'],
        {'hello.txt': 'hello\n'},
    ),
    (
        'zip-file-not-zip',
        ['lambda', 'create-function', '--function-name', 'f', '--runtime', 'python3.12', '--role', ARN,
         '--handler', 'app.handler', '--zip-file', 'fileb://app.txt'],
        {'app.txt': 'print(1)\n'},
    ),
    (
        'zip-file-ok',
        ['lambda', 'create-function', '--function-name', 'f', '--runtime', 'python3.12', '--role', ARN,
         '--handler', 'app.handler', '--zip-file', 'fileb://app.zip', '--environment', 'Variables={A=b,C=d}',
         '--tags', 'Team=Security,Env=Dev'],
        {'app.zip': ZIP},
    ),
    ('invoke-payload-not-base64', ['lambda', 'invoke', '--function-name', 'f', '--payload', '{"a": 1}', 'out.json']),
    (
        'invoke-payload-raw',
        ['lambda', 'invoke', '--function-name', 'f', '--cli-binary-format', 'raw-in-base64-out', '--payload',
         '{"a": 1}', 'out.json'],
    ),
    # validation
    ('min-length', ['iam', 'get-role', '--role-name', '']),
    ('int-invalid', ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', TRUST.strip(),
                     '--max-session-duration', 'abc']),
    ('int-float', ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', TRUST.strip(),
                   '--max-session-duration', '3.5']),
    ('int-ok', ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', TRUST.strip(),
                '--max-session-duration', '3600', '--description', 'App role']),
    ('int-max-not-checked', ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document',
                             TRUST.strip(), '--max-session-duration', '50000']),
    ('min-value', ['sts', 'assume-role', '--role-arn', ARN, '--role-session-name', 's', '--duration-seconds', '10']),
    ('duration-ok', ['sts', 'assume-role', '--role-arn', ARN, '--role-session-name', 'app-session',
                     '--duration-seconds', '3600']),
    ('several-problems', ['sts', 'assume-role', '--role-arn', 'arn', '--role-session-name', '', '--duration-seconds',
                          '1', '--policy-arns', 'arn=x']),
    ('timestamp-invalid', ['cloudtrail', 'lookup-events', '--start-time', 'notadate']),
    (
        'timestamp-ok',
        ['cloudtrail', 'lookup-events', '--start-time', '2025-01-15T09:00:00Z', '--end-time', '1736935200',
         '--lookup-attributes', 'AttributeKey=EventName,AttributeValue=AssumeRole'],
    ),
    # shorthand and JSON
    ('shorthand-tags', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'Key=Team,Value=Security', 'Key=Env,Value=Dev']),
    ('shorthand-missing-equals', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'Key=Team,Value']),
    ('shorthand-duplicate-key', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'Key=a,Key=b']),
    ('shorthand-missing-member', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'Key=Team']),
    ('shorthand-quoted', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'Key=Desc,Value="a, b"', "Key='x',Value=y"]),
    ('shorthand-struct-name', ['ec2', 'associate-iam-instance-profile', '--instance-id', 'i-1234567890abcdef0',
                               '--iam-instance-profile', 'Name=EC2S3AccessProfile']),
    ('shorthand-struct-arn', ['ec2', 'associate-iam-instance-profile', '--instance-id', 'i-1234567890abcdef0',
                              '--iam-instance-profile', 'Arn=arn:aws:iam::123456789012:instance-profile/EC2S3AccessProfile']),
    ('shorthand-unknown-member', ['ec2', 'associate-iam-instance-profile', '--instance-id', 'i-1',
                                  '--iam-instance-profile', 'Nme=EC2S3AccessProfile']),
    ('shorthand-filters', ['ec2', 'describe-instances', '--filters', 'Name=instance-state-name,Values=running,stopped',
                           'Name=tag:Team,Values=Security']),
    ('shorthand-nested', ['ec2', 'run-instances', '--image-id', 'ami-12345678', '--instance-type', 't3.micro',
                          '--tag-specifications', 'ResourceType=instance,Tags=[{Key=Name,Value=web},{Key=Team,Value=A}]',
                          '--metadata-options', 'HttpTokens=required,HttpEndpoint=enabled,HttpPutResponseHopLimit=2']),
    ('shorthand-int-invalid', ['ec2', 'run-instances', '--image-id', 'ami-12345678', '--cpu-options', 'CoreCount=x']),
    ('shorthand-bool', ['ec2', 'run-instances', '--image-id', 'ami-12345678', '--monitoring', 'Enabled=true',
                        '--hibernation-options', 'Configured=no']),
    ('shorthand-map-of-structs', ['dynamodb', 'put-item', '--table-name', 'Users', '--item', 'id={S=1},n={N=2}']),
    ('shorthand-s3-tagging', ['s3api', 'put-bucket-tagging', '--bucket', 'b', '--tagging', 'TagSet=[{Key=a,Value=b}]']),
    ('shorthand-create-bucket', ['s3api', 'create-bucket', '--bucket', 'b', '--create-bucket-configuration',
                                 'LocationConstraint=eu-west-1']),
    ('json-tags', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": "Team", "Value": "Security"}]']),
    ('json-invalid', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": "Team", "Value": "Security"}']),
    ('json-trailing-comma', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": "a",}]']),
    ('json-object-for-list', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '{"Key": "a", "Value": "b"}']),
    ('json-unknown-key', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": "a", "Valu": "b"}]']),
    ('json-wrong-type', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": 1, "Value": true}]']),
    ('json-nested-object-for-string', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags',
                                       '[{"Key": {"a": [1, 2.5, null]}, "Value": "b"}]']),
    ('json-list-for-structure', ['ec2', 'associate-iam-instance-profile', '--instance-id', 'i-1',
                                 '--iam-instance-profile', '[1]']),
    ('json-struct-int-type', ['ec2', 'run-instances', '--image-id', 'ami-12345678', '--cpu-options', '{"CoreCount": "x"}']),
    ('json-item', ['dynamodb', 'put-item', '--table-name', 'Users', '--item', '{"id": {"S": "1"}, "n": {"N": "2"}}']),
    ('string-list', ['iam', 'create-open-id-connect-provider', '--url', 'https://token.actions.githubusercontent.com',
                     '--client-id-list', 'sts.amazonaws.com', 'other', '--thumbprint-list',
                     '6938fd4d98bab03faadb97b34396831e3780aea1']),
    ('string-list-json', ['iam', 'create-open-id-connect-provider', '--url', 'https://example.com',
                          '--client-id-list', '["a", "b"]', '--thumbprint-list', '6938fd4d98bab03faadb97b34396831e3780aea1']),
    ('string-list-bad-json', ['iam', 'create-open-id-connect-provider', '--url', 'https://example.com',
                              '--client-id-list', '["a",', '--thumbprint-list', '6938fd4d98bab03faadb97b34396831e3780aea1']),
    # customizations
    ('run-instances-count', ['ec2', 'run-instances', '--image-id', 'ami-12345678', '--instance-type', 't3.micro',
                             '--iam-instance-profile', 'Name=EC2S3AccessProfile', '--count', '2']),
    ('run-instances-count-range', ['ec2', 'run-instances', '--image-id', 'ami-12345678', '--count', '1:3']),
    ('run-instances-count-invalid', ['ec2', 'run-instances', '--image-id', 'ami-12345678', '--count', 'x']),
    ('run-instances-default-count', ['ec2', 'run-instances', '--image-id', 'ami-12345678',
                                     '--enable-api-termination', '--associate-public-ip-address']),
    ('cli-input-json', ['iam', 'get-role', '--cli-input-json', '{"RoleName": "AppRole"}']),
    ('cli-input-json-missing-required', ['iam', 'create-role', '--cli-input-json', '{"RoleName": "AppRole"}']),
    ('cli-input-json-invalid', ['iam', 'get-role', '--cli-input-json', '{"RoleName": ']),
    ('generate-cli-skeleton', ['iam', 'get-role', '--generate-cli-skeleton']),
    ('help-word-only', ['sts', 'get-caller-identity', 'foo']),
    ('boolean-prefix-dry', ['ec2', 'describe-instances', '--dry']),
    ('boolean-prefix', ['ssm', 'get-parameter', '--name', '/app/db', '--with']),
    ('shorthand-value-special', ['ec2', 'describe-instances', '--filters', 'Name=tag:Name,Values=a b,c\\,d']),
    ('shorthand-explicit-list', ['ec2', 'describe-instances', '--filters', 'Name=tag:Team,Values=[Security, Dev]']),
    ('shorthand-empty-value', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'Key=Team,Value=']),
    ('shorthand-bad-char', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', 'Key=Team,Value=[x']),
    ('shorthand-for-string-list', ['iam', 'create-open-id-connect-provider', '--url', 'https://example.com',
                                   '--client-id-list', 'a=b', '--thumbprint-list', '6938fd4d98bab03faadb97b34396831e3780aea1']),
    ('map-shorthand-lambda-env', ['lambda', 'update-function-configuration', '--function-name', 'f',
                                  '--environment', 'Variables={TABLE=Users,STAGE=dev}']),
    ('json-struct-not-object', ['ec2', 'associate-iam-instance-profile', '--instance-id', 'i-1',
                                '--iam-instance-profile', 'EC2S3AccessProfile']),
    ('json-nan-and-float', ['iam', 'create-role', '--role-name', 'AppRole', '--assume-role-policy-document', '{}',
                            '--tags', '[{"Key": "a", "Value": NaN}, {"Key": "b", "Value": 1.0}]']),
    ('json-bad-escape', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": "a\\q", "Value": "b"}]']),
    ('json-extra-data', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": "a", "Value": "b"}] x']),
    ('json-unterminated-string', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[{"Key": "a']),
    ('json-multiline', ['iam', 'tag-role', '--role-name', 'AppRole', '--tags', '[\n  {"Key": "a",\n   "Value" "b"}\n]']),
    ('double-dash', ['iam', 'get-role', '--role-name', 'AppRole', '--', 'x']),
    ('help-after-options', ['iam', 'get-role', '--role-name', 'AppRole', 'help', 'more']),
    ('ssm-with-decryption', ['ssm', 'get-parameter', '--name', '/app/db', '--with-decryption']),
    ('modify-metadata-options', ['ec2', 'modify-instance-metadata-options', '--instance-id', 'i-1234567890abcdef0',
                                 '--http-tokens', 'required', '--http-endpoint', 'enabled']),
]

PARAMS_HOOK = r'''
import base64, datetime, json, math, sys
from awscli.clidriver import create_clidriver, AWSCLIEntryPoint

args = json.loads(sys.argv[1])
captured = []

def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return {'$bytes': base64.b64encode(bytes(value)).decode()}
    if isinstance(value, float) and not math.isfinite(value):
        return {'$float': repr(value)}
    if isinstance(value, datetime.datetime):
        return {'$datetime': value.isoformat()}
    if hasattr(value, 'read'):
        return {'$file': getattr(value, 'name', '?')}
    return value

def hook(params, model, **kwargs):
    if not captured:
        captured.append({'operation': model.name, 'params': plain(params)})

driver = create_clidriver(args)
driver.session.register('before-parameter-build', hook)
sys.stdout = open('/dev/null', 'w')
sys.stderr = open('/dev/null', 'w')
AWSCLIEntryPoint(driver).main(args)
sys.__stdout__.write(json.dumps(captured[0] if captured else None))
'''


# Inputs for the shorthand and JSON parsers alone, answered by the CLI's own modules (run with V2_PYTHON).
SHORTHAND_INPUTS = [
    'Key=Team,Value=Security', 'Name=tag:Team,Values=a,b,c', 'a=b,c=d', 'a=b,c,d=e', 'a=', 'a=b,,c=d',
    'Tags=[{Key=a,Value=b},{Key=c,Value=d}]', 'Variables={A=b,C=d}', "a='x, y'", 'a="x \\"q\\" y"',
    'a=b\\,c', 'a = b , c = d', 'a=[b, c]', 'a=[]', 'a={}', 'a={b=[1,2]}', 'a=b c', 'a', '=b', 'a=b,a=c',
    'a=[b', 'a={b=c', "a='b", 'a=b,', 'a=b=c', 'a=b,c=d,e', 'Key=x,Value=y=z', 'a:b=c', 'a=\u00e9t\u00e9',
    'a=b]', 'a=[b]]', 'k=v\nw=x', 'a=b,\nc=d',
]
JSON_INPUTS = [
    '{}', '[]', '[1, 2.5, 1.0, 1e3, -0, NaN, Infinity, -Infinity, null, true, false]', '{"a": {"b": [1]}}',
    '', ' ', '[', '[1,', '[1,]', '{"a"}', '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', '{a: 1}', "{'a': 1}",
    '"abc', '"a\\qb"', '"\\u12"', '"\\ud83d\\ude00"', '"tab\there"', '[1] x', '[1]\n\n x', '01', '-', '1.',
    '.5', '[1 2]', 'nul', '{"a": 1}\n', '\ufeff[]', '{"a":1,"a":2}', '[\n  1,\n  ]',
]
PARSER_CASES_HOOK = r'''
import json, sys
from awscli.shorthand import ShorthandParser, ShorthandParseError
from collections import OrderedDict
inputs = json.loads(sys.argv[1])
out = {'shorthand': [], 'json': []}
for text in inputs['shorthand']:
    try:
        out['shorthand'].append({'input': text, 'value': ShorthandParser().parse(text)})
    except ShorthandParseError as e:
        out['shorthand'].append({'input': text, 'error': str(e)})
for text in inputs['json']:
    try:
        value = json.loads(text, object_pairs_hook=OrderedDict)
        out['json'].append({'input': text, 'repr': str(value)})
    except ValueError as e:
        out['json'].append({'input': text, 'error': str(e)})
print(json.dumps(out))
'''


def capture_parser_cases():
    proc = subprocess.run(
        [V2_PYTHON, '-c', PARSER_CASES_HOOK, json.dumps({'shorthand': SHORTHAND_INPUTS, 'json': JSON_INPUTS})],
        capture_output=True, text=True, check=True, env=ENV,
    )
    cases = json.loads(proc.stdout)
    path = os.path.join(CASES_DIR, 'parser-cases.json')
    os.makedirs(CASES_DIR, exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(biome_json.dumps({'cliVersion': version(V2), **cases}))
    print(path)


def version(binary):
    out = subprocess.run([binary, '--version'], capture_output=True, text=True, env=ENV, check=False)
    return (out.stdout or out.stderr).split()[0]


def reset_backend():
    req = urllib.request.Request(ENDPOINT + '/moto-api/reset', method='POST')
    urllib.request.urlopen(req).read()


def make_files(cwd, files):
    for name, content in (files or {}).items():
        path = os.path.join(cwd, name)
        if content is None:
            os.mkdir(path)
        else:
            with open(path, 'wb') as f:
                f.write(content if isinstance(content, bytes) else content.encode('latin-1' if name.endswith('.zip') else 'utf-8'))


def run(binary, argv, files):
    reset_backend()
    with tempfile.TemporaryDirectory() as cwd:
        make_files(cwd, files)
        proc = subprocess.run(
            [binary, '--endpoint-url', ENDPOINT, *argv], capture_output=True, cwd=cwd, env=ENV, check=False
        )
        return {
            'stdout': proc.stdout.decode('utf-8', 'replace'),
            'stderr': proc.stderr.decode('utf-8', 'replace'),
            'exitCode': proc.returncode,
        }


def capture_params(argv, files):
    reset_backend()
    with tempfile.TemporaryDirectory() as cwd:
        make_files(cwd, files)
        proc = subprocess.run(
            [V2_PYTHON, '-c', PARAMS_HOOK, json.dumps(['--endpoint-url', ENDPOINT, *argv])],
            capture_output=True, cwd=cwd, env=ENV, check=False, text=True,
        )
        try:
            return json.loads(proc.stdout)
        except ValueError:
            return None


def describe_files(files):
    out = {}
    for name, content in (files or {}).items():
        if content is None:
            out[name] = {'directory': True}
        elif isinstance(content, bytes) or name.endswith('.zip'):
            raw = content if isinstance(content, bytes) else content.encode('latin-1')
            import base64

            out[name] = {'base64': base64.b64encode(raw).decode()}
        else:
            out[name] = content
    return out


def main():
    v1 = shutil.which('aws', path=os.environ.get('PATH'))
    v2_version = version(V2)
    v1_version = version(v1) if v1 and os.path.realpath(v1) != os.path.realpath(V2) else None
    os.makedirs(OUT_DIR, exist_ok=True)
    only = sys.argv[1:]
    if not only or 'parser-cases' in only:
        capture_parser_cases()
    for case in CASES:
        name, argv = case[0], case[1]
        files = case[2] if len(case) > 2 else None
        if only and name not in only:
            continue
        v2 = run(V2, argv, files)
        fixture = {'argv': argv}
        if files:
            fixture['files'] = describe_files(files)
        fixture.update(v2)
        fixture['cliVersion'] = v2_version
        params = capture_params(argv, files)
        if params is not None:
            fixture['sent'] = params
        if v1_version:
            old = run(v1, argv, files)
            if old != v2:
                fixture['v1'] = {**old, 'cliVersion': v1_version}
        path = os.path.join(OUT_DIR, name + '.json')
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                old_fixture = json.load(f)
            for key in ('note', 'simulated'):
                if key in old_fixture:
                    fixture[key] = old_fixture[key]
        with open(path, 'w', encoding='utf-8') as f:
            f.write(biome_json.dumps(fixture))
        print(f'{name}: exit {v2["exitCode"]}' + (' (v1 differs)' if 'v1' in fixture else ''))


if __name__ == '__main__':
    main()
