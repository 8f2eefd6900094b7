#!/usr/bin/env python3
"""Generate src/sim/policy/iam-actions.json: the IAM action names of the services the course's policies use.

The catalog comes from cfn-lint's data file cfnlint/data/AdditionalSpecs/Policies.json (cfn-lint is MIT-0,
https://github.com/aws-cloudformation/cfn-lint; the data is built from the Service Authorization Reference). Its
top-level keys are service prefixes; each has an `Actions` object keyed by action name in lower case. Only the
services in SERVICES below are kept, and only the action names: the file maps a prefix to its sorted, lower-case
action names, e.g. { "s3": ["abortmultipartupload", ...] }. IAM matches action names case-insensitively, so the
lower-case form is all the linter needs.

Run by hand (tests never need Python), then commit the JSON:

    python3 tools/gen-iam-actions.py         # prints the cfn-lint version, action count and size
"""

import json
import os
import sys

import cfnlint

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import biome_json  # noqa: E402

SOURCE = os.path.join(os.path.dirname(cfnlint.__file__), 'data', 'AdditionalSpecs', 'Policies.json')
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'sim', 'policy', 'iam-actions.json')

# The simulator's services, then the ones learners commonly write into policies.
SERVICES = [
    'iam', 'sts', 's3', 'ec2', 'lambda', 'logs', 'dynamodb', 'cloudtrail', 'organizations', 'access-analyzer',
    'kms', 'sqs', 'sns', 'ssm', 'secretsmanager', 'ecr', 'ecs', 'eks', 'cloudwatch', 'cloudformation', 'rds',
    'events', 'states', 'kinesis', 'glue', 'athena', 'apigateway', 'execute-api', 'route53', 'acm',
    'elasticloadbalancing', 'autoscaling', 'codebuild', 'codepipeline', 'codecommit', 'codedeploy', 'ecr-public',
    'sso', 'identitystore', 'tag', 'support', 'config', 'guardduty', 'securityhub', 'xray', 'ses',
    'cognito-identity', 'cognito-idp',
]


def main():
    with open(SOURCE, encoding='utf-8') as f:
        policies = json.load(f)
    missing = [s for s in SERVICES if s not in policies]
    if missing:
        sys.exit(f'gen-iam-actions: {SOURCE} has no service(s) {", ".join(missing)}')
    catalog = {s: sorted({a.lower() for a in policies[s]['Actions']}) for s in SERVICES}
    text = biome_json.dumps(catalog)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(text)
    version = getattr(cfnlint, '__version__', None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version('cfn-lint')
    count = sum(len(v) for v in catalog.values())
    print(f'cfn-lint {version}: {count} actions in {len(catalog)} services, {len(text.encode())} bytes -> {OUT}')


if __name__ == '__main__':
    main()
