#!/usr/bin/env python3
"""Generate the compact AWS service specs used by the simulated `aws` CLI.

The data comes from botocore's service models (data/<service>/<version>/service-2.json and
paginators-1.json), which are Copyright Amazon.com, Inc. or its affiliates and licensed under the
Apache License, Version 2.0 (http://aws.amazon.com/apache2.0/). This script keeps only what the
CLI front needs: operation and option names, input constraints the CLI checks, and the member order
of output shapes. Documentation is stripped.

Run by hand (tests never need Python):

    python3 tools/gen-aws-spec.py            # writes src/shell/aws/spec/<service>.json

It reads the models of the default Python's botocore and derives names with botocore's own
`xform_name`, exactly as the AWS CLI does. Argument tables follow AWS CLI v2: booleans get a
`--no-` twin (added at run time), paginated operations get --starting-token/--page-size/--max-items,
and the few CLI customizations that touch the operations listed below are applied in `customize()`.
Each operation's `args` is the CLI's whole argument table in its order; src/shell/aws/params reads it.
"""

import os
import sys

import botocore
from botocore import xform_name
from botocore.loaders import Loader

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import biome_json  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, 'src', 'shell', 'aws', 'spec')

# CLI service name -> (botocore model name, operations to keep; None keeps all).
TARGETS = {
    'iam': ('iam', None),
    'sts': ('sts', None),
    's3api': (
        's3',
        [
            'ListBuckets', 'CreateBucket', 'DeleteBucket', 'HeadBucket', 'ListObjectsV2', 'ListObjects',
            'GetObject', 'PutObject', 'DeleteObject', 'HeadObject', 'GetBucketPolicy', 'PutBucketPolicy',
            'DeleteBucketPolicy', 'GetBucketTagging', 'PutBucketTagging', 'GetBucketLocation', 'CopyObject',
        ],
    ),
    'ec2': (
        'ec2',
        [
            'DescribeInstances', 'RunInstances', 'TerminateInstances', 'StartInstances', 'StopInstances',
            'AssociateIamInstanceProfile', 'DisassociateIamInstanceProfile',
            'ReplaceIamInstanceProfileAssociation', 'DescribeIamInstanceProfileAssociations',
            'DescribeRegions', 'DescribeVpcs', 'DescribeSubnets', 'DescribeSecurityGroups', 'CreateTags',
            'DescribeTags', 'ModifyInstanceMetadataOptions', 'DescribeImages',
        ],
    ),
    'lambda': (
        'lambda',
        [
            'CreateFunction', 'GetFunction', 'ListFunctions', 'DeleteFunction', 'Invoke',
            'UpdateFunctionConfiguration', 'AddPermission', 'RemovePermission', 'GetPolicy',
            'GetFunctionConfiguration', 'UpdateFunctionCode',
        ],
    ),
    'logs': (
        'logs',
        [
            'CreateLogGroup', 'CreateLogStream', 'PutLogEvents', 'DescribeLogGroups', 'DescribeLogStreams',
            'GetLogEvents', 'FilterLogEvents', 'DeleteLogGroup',
        ],
    ),
    'cloudtrail': ('cloudtrail', ['LookupEvents', 'DescribeTrails']),
    'organizations': (
        'organizations',
        [
            'DescribeOrganization', 'ListAccounts', 'ListRoots', 'ListOrganizationalUnitsForParent',
            'ListPolicies', 'DescribePolicy', 'CreatePolicy', 'AttachPolicy', 'DetachPolicy',
            'ListPoliciesForTarget', 'ListTargetsForPolicy', 'DescribeAccount',
        ],
    ),
    'dynamodb': (
        'dynamodb',
        ['ListTables', 'DescribeTable', 'GetItem', 'PutItem', 'Query', 'Scan', 'CreateTable'],
    ),
    'ssm': ('ssm', ['StartSession', 'GetParameter', 'PutParameter', 'DescribeInstanceInformation']),
    'kms': (
        'kms',
        ['Encrypt', 'Decrypt', 'ListKeys', 'DescribeKey', 'CreateKey', 'GetKeyPolicy', 'PutKeyPolicy'],
    ),
    'secretsmanager': (
        'secretsmanager',
        ['GetSecretValue', 'CreateSecret', 'ListSecrets', 'GetResourcePolicy', 'PutResourcePolicy'],
    ),
    'sns': ('sns', ['Publish', 'CreateTopic', 'ListTopics']),
    'sqs': ('sqs', ['SendMessage', 'CreateQueue', 'ListQueues', 'GetQueueUrl']),
    'accessanalyzer': ('accessanalyzer', ['ValidatePolicy', 'CreateAnalyzer', 'ListFindings']),
}

# Commands the CLI adds to a service besides its operations (for `Invalid choice` lists).
EXTRA_COMMANDS = {
    'iam': ['wizard', 'wait'],
    's3api': ['wait'],
    'ec2': ['wait'],
    'lambda': ['wizard', 'wait'],
    'logs': ['tail'],
    'cloudtrail': ['validate-logs'],
    'dynamodb': ['wizard', 'wait'],
    'ssm': ['wait'],
    'kms': [],
    'secretsmanager': [],
    'sns': [],
    'sqs': [],
    'accessanalyzer': [],
}

# The CLI's own top-level commands besides the services (awscli v2's main command table), in its order.
EXTRA_TOP_COMMANDS = ['s3api', 's3', 'ddb', 'configure', 'deploy', 'configservice', 'opsworks-cm', 'history', 'cli-dev']
# botocore models the CLI lists under another name (moved to the end of the list, as the CLI does).
RENAMED_SERVICES = {'s3': 's3api', 'codedeploy': 'deploy', 'config': 'configservice'}

def load(loader, model_name, kind):
    try:
        return loader.load_service_model(model_name, kind)
    except Exception:  # noqa: BLE001 - a service without paginators simply has none
        return None


def reachable_shapes(model, op_names):
    shapes = model['shapes']
    seen = []
    seen_set = set()

    def visit(name):
        if name in seen_set:
            return
        seen_set.add(name)
        seen.append(name)
        shape = shapes[name]
        t = shape['type']
        if t == 'structure':
            for member in shape.get('members', {}).values():
                visit(member['shape'])
        elif t == 'list':
            visit(shape['member']['shape'])
        elif t == 'map':
            visit(shape['key']['shape'])
            visit(shape['value']['shape'])

    for op_name in op_names:
        op = model['operations'][op_name]
        for key in ('input', 'output'):
            if key in op:
                visit(op[key]['shape'])
    return seen


SCALAR_TRAITS = ('min', 'max', 'enum', 'pattern')


def compact_member(member):
    """A structure member: its shape name, or an object when a member trait matters to the CLI."""
    extra = {}
    if member.get('idempotencyToken'):
        extra['idempotencyToken'] = True
    if member.get('hostLabel'):
        extra['hostLabel'] = True
    if member.get('jsonvalue') and member.get('location') == 'header':
        extra['jsonvalue'] = True
    if member.get('streaming'):
        extra['streaming'] = True
    if not extra:
        return member['shape']
    return {'shape': member['shape'], **extra}


def compact_shape(shape):
    t = shape['type']
    out = {'type': t}
    if t == 'structure':
        out['members'] = {name: compact_member(m) for name, m in shape.get('members', {}).items()}
        if shape.get('required'):
            out['required'] = list(shape['required'])
        if shape.get('document'):
            out['document'] = True
        if shape.get('union'):
            out['union'] = True
        if shape.get('payload'):
            out['payload'] = shape['payload']
    elif t == 'list':
        out['member'] = shape['member']['shape']
    elif t == 'map':
        out['key'] = shape['key']['shape']
        out['value'] = shape['value']['shape']
    elif t == 'blob' and shape.get('streaming'):
        out['streaming'] = True
    for trait in SCALAR_TRAITS:
        if trait in shape:
            out[trait] = shape[trait]
    return out


def as_list(value):
    if value is None:
        return None
    return value if isinstance(value, list) else [value]


def paginator_info(config):
    out = {
        'inputToken': as_list(config['input_token']),
        'outputToken': as_list(config['output_token']),
    }
    if 'limit_key' in config:
        out['limitKey'] = config['limit_key']
    if 'more_results' in config:
        out['moreResults'] = config['more_results']
    if 'result_key' in config:
        out['resultKey'] = as_list(config['result_key'])
    if 'non_aggregate_keys' in config:
        out['nonAggregateKeys'] = as_list(config['non_aggregate_keys'])
    return out


def member_arg(model, input_shape, member):
    """The table entries for one input member: a boolean also gets its `--no-` twin."""
    name = xform_name(member, '-')
    entries = [(name, [name, member])]
    if model['shapes'][input_shape['members'][member]['shape']]['type'] == 'boolean':
        entries.append(('no-' + name, ['no-' + name, member, 'negate']))
    return entries


def customize(table, cli_service, op_cli):
    """The AWS CLI v2 customizations (awscli/customizations/*) that touch the operations kept here.

    `table` maps option name -> [name, member or None, kind]; a kind names the special handling in
    src/shell/aws/params (see ArgKind there). Order matters: it is the parser's option order.
    """

    def move_to_end(old, new, entry):
        del table[old]
        table[new] = entry

    if cli_service == 'ec2' and 'no-disable-api-termination' in table:  # argrename.py
        move_to_end('no-disable-api-termination', 'enable-api-termination',
                    ['enable-api-termination', 'DisableApiTermination', 'negate'])
    if (cli_service, op_cli) == ('ec2', 'run-instances'):  # ec2/addcount.py, ec2/runinstances.py
        del table['min-count']
        del table['max-count']
        for name in ('count', 'secondary-private-ip-addresses', 'secondary-private-ip-address-count',
                     'associate-public-ip-address', 'no-associate-public-ip-address'):
            table[name] = [name, None, name]
    if (cli_service, op_cli) == ('iam', 'create-virtual-mfa-device'):  # iamvirtmfa.py
        table['outfile'] = ['outfile', None, 'mfa-outfile']
        table['bootstrap-method'] = ['bootstrap-method', None, 'mfa-bootstrap-method']
    if (cli_service, op_cli) == ('lambda', 'create-function'):  # awslambda.py
        table['zip-file'] = ['zip-file', 'Code', 'zip-file']
        table['code'] = ['code', 'Code', 'replaced-zip-file']


def streaming_output(model, op):
    """botocore's OperationModel.has_streaming_output: the output payload member is a blob."""
    if 'output' not in op:
        return False
    shape = model['shapes'][op['output']['shape']]
    payload = shape.get('payload')
    return bool(payload) and model['shapes'][shape['members'][payload]['shape']]['type'] == 'blob'


def argument_table(model, cli_service, op_name, paginator):
    """The CLI's argument table for one operation, in the CLI's order: [option, member, kind?] entries."""
    op = model['operations'][op_name]
    op_cli = xform_name(op_name, '-')
    table = {}
    if 'input' in op:
        shape = model['shapes'][op['input']['shape']]
        for member in shape.get('members', {}):
            table.update(member_arg(model, shape, member))
    customize(table, cli_service, op_cli)
    if streaming_output(model, op):  # streamingoutputarg.py: a required positional file name
        table['outfile'] = ['outfile', None, 'outfile']
    takes_input = 'outfile' not in table  # cliinput.py and generatecliskeleton.py skip those
    if takes_input:
        table['cli-input-json'] = ['cli-input-json', None, 'cli-input-json']
        table['cli-input-yaml'] = ['cli-input-yaml', None, 'cli-input-yaml']
    if paginator:  # paginate.py: a shadowed member keeps its place and comes back with --no-paginate
        names = ['starting-token'] + (['page-size'] if 'limit_key' in paginator else []) + ['max-items']
        for name in names:
            shadowed = table.get(name)
            table[name] = [name, shadowed[1] if shadowed else None, name]
    if takes_input:
        table['generate-cli-skeleton'] = ['generate-cli-skeleton', None, 'generate-cli-skeleton']
    return [entry if len(entry) == 3 and entry[2] else entry[:2] for entry in table.values()]


def build_spec(loader, cli_name, model_name, wanted):
    model = load(loader, model_name, 'service-2')
    paginators = (load(loader, model_name, 'paginators-1') or {}).get('pagination', {})
    all_ops = list(model['operations'])
    op_names = all_ops if wanted is None else wanted
    missing = [name for name in op_names if name not in model['operations']]
    if missing:
        sys.exit(f'{model_name}: no such operations in botocore {botocore.__version__}: {missing}')
    meta = model['metadata']
    operations = {}
    for op_name in op_names:
        op = model['operations'][op_name]
        entry = {'cli': xform_name(op_name, '-')}
        if 'input' in op:
            entry['input'] = op['input']['shape']
        if 'output' in op:
            entry['output'] = op['output']['shape']
        paginator = paginators.get(op_name)
        if paginator:
            entry['paginator'] = paginator_info(paginator)
        entry['args'] = argument_table(model, cli_name, op_name, paginator)
        operations[op_name] = entry
    commands = [xform_name(name, '-') for name in all_ops] + EXTRA_COMMANDS.get(cli_name, [])
    shapes = {name: compact_shape(model['shapes'][name]) for name in reachable_shapes(model, op_names)}
    return {
        '$comment': (
            f'Generated by tools/gen-aws-spec.py from botocore {botocore.__version__} '
            f'data/{model_name}/{meta["apiVersion"]}/service-2.json (Apache-2.0, Copyright Amazon.com, Inc. '
            'or its affiliates). Do not edit by hand.'
        ),
        'service': cli_name,
        'model': model_name,
        'apiVersion': meta['apiVersion'],
        'protocol': meta['protocol'],
        'serviceId': meta['serviceId'],
        'endpointPrefix': meta['endpointPrefix'],
        'operations': operations,
        'commands': commands,
        'shapes': shapes,
    }


def top_commands(loader):
    """Every command `aws` itself accepts, in the order its `Invalid choice` list prints them."""
    services = loader.list_available_services('service-2')
    kept = [name for name in services if name not in RENAMED_SERVICES]
    return {
        '$comment': (
            f'Generated by tools/gen-aws-spec.py from the service list of botocore {botocore.__version__} '
            '(Apache-2.0, Copyright Amazon.com, Inc. or its affiliates), named as AWS CLI v2 names them. '
            'Do not edit by hand.'
        ),
        'commands': kept + EXTRA_TOP_COMMANDS,
    }


def write(path, text):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def main():
    loader = Loader()
    os.makedirs(OUT_DIR, exist_ok=True)
    only = sys.argv[1:]
    for cli_name, (model_name, wanted) in TARGETS.items():
        if only and cli_name not in only:
            continue
        spec = build_spec(loader, cli_name, model_name, wanted)
        text = biome_json.dumps(spec, expand=lambda path: len(path) < 2 and path[:1] in ((), ('operations',), ('shapes',)))
        path = os.path.join(OUT_DIR, f'{cli_name}.json')
        write(path, text)
        print(f'{path}: {len(spec["operations"])} operations, {len(spec["shapes"])} shapes, {len(text)} bytes')
    if not only:
        path = os.path.join(OUT_DIR, 'services.json')
        write(path, biome_json.dumps(top_commands(loader)))
        print(path)


if __name__ == '__main__':
    main()
