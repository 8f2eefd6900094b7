#!/usr/bin/env python3
"""Generates src/sim/api/<service>-model.ts: a compact slice of botocore's service models (Apache-2.0,
https://github.com/boto/botocore) for the operations the simulator implements: each operation's input and output
shape, and every shape they reach with its type, required members, member order, min/max, pattern and enum.
Documentation text is dropped. Run: python3 tools/gen-api-models.py && npx biome format --write src/sim/api"""
import gzip, json, os
import botocore

DATA = os.path.join(os.path.dirname(botocore.__file__), 'data')
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'sim', 'api')

SERVICES = {
    'iam': ('2010-05-08', [
        'CreateRole', 'GetRole', 'ListRoles', 'UpdateRole', 'UpdateRoleDescription', 'UpdateAssumeRolePolicy',
        'DeleteRole', 'TagRole', 'UntagRole', 'ListRoleTags', 'PutRolePolicy', 'GetRolePolicy', 'DeleteRolePolicy',
        'ListRolePolicies', 'CreatePolicy', 'GetPolicy', 'GetPolicyVersion', 'ListPolicies', 'CreatePolicyVersion',
        'DeletePolicyVersion', 'ListPolicyVersions', 'SetDefaultPolicyVersion',
        'DeletePolicy', 'AttachRolePolicy', 'DetachRolePolicy', 'ListAttachedRolePolicies',
        'PutRolePermissionsBoundary', 'DeleteRolePermissionsBoundary', 'PutUserPermissionsBoundary',
        'DeleteUserPermissionsBoundary', 'CreateUser', 'GetUser', 'ListUsers',
        'DeleteUser', 'CreateAccessKey', 'ListAccessKeys', 'DeleteAccessKey', 'AttachUserPolicy', 'DetachUserPolicy',
        'ListAttachedUserPolicies', 'PutUserPolicy', 'GetUserPolicy', 'DeleteUserPolicy', 'ListUserPolicies',
        'CreateInstanceProfile', 'GetInstanceProfile', 'ListInstanceProfiles', 'ListInstanceProfilesForRole',
        'AddRoleToInstanceProfile', 'RemoveRoleFromInstanceProfile', 'DeleteInstanceProfile',
        'CreateOpenIDConnectProvider', 'GetOpenIDConnectProvider', 'ListOpenIDConnectProviders',
        'DeleteOpenIDConnectProvider', 'AddClientIDToOpenIDConnectProvider',
        'RemoveClientIDFromOpenIDConnectProvider', 'UpdateOpenIDConnectProviderThumbprint',
        'CreateSAMLProvider', 'GetSAMLProvider', 'ListSAMLProviders', 'UpdateSAMLProvider', 'DeleteSAMLProvider',
        'CreateVirtualMFADevice', 'EnableMFADevice', 'ListMFADevices', 'ListVirtualMFADevices',
        'DeactivateMFADevice', 'DeleteVirtualMFADevice',
        'CreateServiceLinkedRole', 'DeleteServiceLinkedRole', 'GetServiceLinkedRoleDeletionStatus',
        'SimulatePrincipalPolicy', 'SimulateCustomPolicy', 'GetAccountAuthorizationDetails',
        'CreateGroup', 'GetGroup', 'ListGroups', 'DeleteGroup', 'AddUserToGroup', 'RemoveUserFromGroup',
        'ListGroupsForUser', 'AttachGroupPolicy', 'DetachGroupPolicy', 'ListAttachedGroupPolicies',
        'PutGroupPolicy', 'GetGroupPolicy', 'DeleteGroupPolicy', 'ListGroupPolicies',
        'UpdateAccessKey', 'GetAccessKeyLastUsed', 'CreateAccountAlias', 'ListAccountAliases',
        'DeleteAccountAlias', 'ListEntitiesForPolicy', 'TagUser', 'UntagUser', 'ListUserTags',
    ]),
    'sts': ('2011-06-15', [
        'GetCallerIdentity', 'AssumeRole', 'AssumeRoleWithWebIdentity', 'AssumeRoleWithSAML', 'GetSessionToken',
        'DecodeAuthorizationMessage', 'GetAccessKeyInfo',
    ]),
    's3': ('2006-03-01', [
        'ListBuckets', 'CreateBucket', 'DeleteBucket', 'HeadBucket', 'ListObjectsV2', 'ListObjects', 'GetObject',
        'PutObject', 'DeleteObject', 'HeadObject', 'CopyObject', 'GetBucketPolicy', 'PutBucketPolicy',
        'DeleteBucketPolicy', 'GetBucketTagging', 'PutBucketTagging', 'GetBucketLocation',
    ]),
    'ec2': ('2016-11-15', [
        'DescribeInstances', 'RunInstances', 'TerminateInstances', 'StartInstances', 'StopInstances',
        'AssociateIamInstanceProfile', 'DisassociateIamInstanceProfile', 'ReplaceIamInstanceProfileAssociation',
        'DescribeIamInstanceProfileAssociations', 'DescribeRegions', 'CreateTags', 'ModifyInstanceMetadataOptions',
    ]),
    'lambda': ('2015-03-31', [
        'CreateFunction', 'GetFunction', 'GetFunctionConfiguration', 'ListFunctions', 'DeleteFunction', 'Invoke',
        'UpdateFunctionConfiguration', 'AddPermission', 'RemovePermission', 'GetPolicy', 'UpdateFunctionCode',
    ]),
    'logs': ('2014-03-28', [
        'CreateLogGroup', 'CreateLogStream', 'PutLogEvents', 'DescribeLogGroups', 'DescribeLogStreams',
        'GetLogEvents', 'FilterLogEvents', 'DeleteLogGroup',
    ]),
    'cloudtrail': ('2013-11-01', ['LookupEvents', 'DescribeTrails']),
    'dynamodb': ('2012-08-10', [
        'CreateTable', 'DescribeTable', 'ListTables', 'PutItem', 'GetItem', 'DeleteItem', 'Query', 'Scan',
    ]),
    'accessanalyzer': ('2019-11-01', ['ValidatePolicy']),
    'organizations': ('2016-11-28', [
        'DescribeOrganization', 'ListAccounts', 'ListRoots', 'ListPolicies', 'DescribePolicy', 'ListPoliciesForTarget',
        'ListOrganizationalUnitsForParent', 'CreatePolicy', 'UpdatePolicy', 'AttachPolicy', 'DetachPolicy',
        'ListTargetsForPolicy',
    ]),
}

KEEP = ('type', 'required', 'min', 'max', 'pattern', 'enum', 'timestampFormat')


def compact(shapes, name, out):
    if name in out:
        return
    shape = shapes[name]
    entry = {k: shape[k] for k in KEEP if k in shape}
    out[name] = entry
    if shape['type'] == 'structure':
        entry['members'] = {m: spec['shape'] for m, spec in shape['members'].items()}
        for spec in shape['members'].values():
            compact(shapes, spec['shape'], out)
    elif shape['type'] == 'list':
        entry['member'] = shape['member']['shape']
        compact(shapes, shape['member']['shape'], out)
    elif shape['type'] == 'map':
        entry['key'], entry['value'] = shape['key']['shape'], shape['value']['shape']
        compact(shapes, entry['key'], out)
        compact(shapes, entry['value'], out)


for service, (version, ops) in SERVICES.items():
    model = json.load(gzip.open(os.path.join(DATA, service, version, 'service-2.json.gz')))
    shapes, operations, out = model['shapes'], {}, {}
    for op in ops:
        spec = model['operations'][op]
        operations[op] = {k: spec[k]['shape'] for k in ('input', 'output') if k in spec}
        for k in ('input', 'output'):
            if k in spec:
                compact(shapes, spec[k]['shape'], out)
    doc = {
        'source': f'botocore data/{service}/{version}/service-2.json (Apache-2.0), generated by tools/gen-api-models.py',
        'apiVersion': version,
        'operations': operations,
        'shapes': dict(sorted(out.items())),
    }
    with open(os.path.join(OUT, f'{service}-model.ts'), 'w') as f:
        f.write(f'// Generated by tools/gen-api-models.py from {doc["source"].split(" (")[0]} (Apache-2.0). Do not edit.\n')
        f.write("import type { ServiceModel } from './model-types.ts';\n\n")
        f.write(f'/** The {service.upper()} operations the simulator implements, from botocore. */\n')
        f.write(f'export const {service}Model: ServiceModel = ')
        json.dump(doc, f, indent=2)
        f.write(';\n')
