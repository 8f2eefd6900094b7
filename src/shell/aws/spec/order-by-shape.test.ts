import { describe, expect, it } from 'vitest';
import { findService } from './index.ts';
import { orderByShape } from './order-by-shape.ts';

const iam = findService('iam');
const lambda = findService('lambda');
if (!iam || !lambda) throw new Error('specs missing');

describe('orderByShape', () => {
  it('puts a Role in the model order and drops what the shape lacks', () => {
    const role = {
      Tags: [{ Value: 'Security', Key: 'Team' }],
      MaxSessionDuration: 3600,
      Arn: 'arn:aws:iam::123456789012:role/AppRole',
      RoleName: 'AppRole',
      Internal: 'simulator bookkeeping',
      CreateDate: '2025-01-15T09:03:00+00:00',
      RoleId: 'AROAEXAMPLE',
      Path: '/',
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] },
    };
    const ordered = orderByShape({ Role: role }, 'GetRoleResponse', iam) as { Role: Record<string, unknown> };
    expect(Object.keys(ordered.Role)).toEqual([
      'Path',
      'RoleName',
      'RoleId',
      'Arn',
      'CreateDate',
      'AssumeRolePolicyDocument',
      'MaxSessionDuration',
      'Tags',
    ]);
    expect(ordered.Role.Tags).toEqual([{ Key: 'Team', Value: 'Security' }]);
    expect(Object.keys((ordered.Role.Tags as object[])[0] as object)).toEqual(['Key', 'Value']);
    // The policy document is a string member: its own keys are left alone.
    expect(Object.keys(ordered.Role.AssumeRolePolicyDocument as object)).toEqual(['Version', 'Statement']);
  });

  it('orders list responses and keeps list order', () => {
    const out = orderByShape(
      {
        Roles: [
          { RoleName: 'b', Path: '/' },
          { RoleName: 'a', Path: '/x/' },
        ],
        IsTruncated: false,
      },
      'ListRolesResponse',
      iam,
    );
    expect(JSON.stringify(out)).toBe(
      '{"Roles":[{"Path":"/","RoleName":"b"},{"Path":"/x/","RoleName":"a"}],"IsTruncated":false}',
    );
  });

  it('keeps map keys in their own order and orders map values', () => {
    const out = orderByShape(
      { Environment: { Variables: { ZED: '1', ALPHA: '2' } }, FunctionName: 'f' },
      'FunctionConfiguration',
      lambda,
    );
    expect(JSON.stringify(out)).toBe(
      '{"FunctionName":"f","Environment":{"Variables":{"ZED":"1","ALPHA":"2"}}}',
    );
  });

  it('returns values that do not fit the shape unchanged', () => {
    expect(orderByShape(null, 'GetRoleResponse', iam)).toBeNull();
    expect(orderByShape('text', 'ListRolesResponse', iam)).toBe('text');
  });
});
