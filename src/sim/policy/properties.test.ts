import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import type { EvalRequest, NamedPolicy, PolicySet } from './model.ts';
import { doc, policy } from './test-helpers.ts';

const ACCOUNT = '111111111111';
const services = ['s3', 'ec2', 'iam', 'sts'];
const verbs = ['GetObject', 'PutObject', 'ListBucket', 'RunInstances', 'AssumeRole'];
const actionPattern = fc.oneof(
  fc.constant('*'),
  fc.constantFrom(...services).map((s) => `${s}:*`),
  fc.tuple(fc.constantFrom(...services), fc.constantFrom(...verbs)).map(([s, v]) => `${s}:${v}`),
  fc
    .tuple(fc.constantFrom(...services), fc.constantFrom('Get*', 'Put?bject', '*Object'))
    .map(([s, v]) => `${s}:${v}`),
);
const resourcePattern = fc.constantFrom(
  '*',
  'arn:aws:s3:::lab/*',
  'arn:aws:s3:::lab/a*',
  'arn:aws:s3:::other/*',
);
const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  Action: fc.array(actionPattern, { minLength: 1, maxLength: 3 }),
  Resource: resourcePattern,
});
const identityPolicies = fc.array(
  fc
    .array(statement, { minLength: 1, maxLength: 3 })
    .map((s) => policy('identity', { Version: '2012-10-17', Statement: s })),
  { maxLength: 3 },
);
const request = fc.record({
  principal: fc.constantFrom(
    `arn:aws:iam::${ACCOUNT}:user/alice`,
    `arn:aws:sts::${ACCOUNT}:assumed-role/App/s1`,
  ),
  action: fc.tuple(fc.constantFrom(...services), fc.constantFrom(...verbs)).map(([s, v]) => `${s}:${v}`),
  resource: fc.constantFrom('arn:aws:s3:::lab/a.txt', 'arn:aws:s3:::lab/b.txt', 'arn:aws:s3:::other/c'),
  resourceAccount: fc.constant(ACCOUNT),
});

const decide = (r: EvalRequest, p: PolicySet) => evaluate(r, p).decision;

describe('engine properties', () => {
  it('adding a matching Deny never yields Allow', () => {
    fc.assert(
      fc.property(request, identityPolicies, (r, identity) => {
        const deny = policy('identity', doc({ Effect: 'Deny', Action: r.action, Resource: r.resource }));
        expect(decide(r, { identity: [...identity, deny] })).toBe('ExplicitDeny');
      }),
    );
  });

  it('a statement whose Action matches nothing never changes a decision', () => {
    fc.assert(
      fc.property(request, identityPolicies, fc.constantFrom('Allow', 'Deny'), (r, identity, effect) => {
        const inert = policy(
          'identity',
          doc({ Effect: effect, Action: 'nosuchservice:Nothing', Resource: '*' }),
        );
        expect(decide(r, { identity: [...identity, inert] })).toBe(decide(r, { identity }));
      }),
    );
  });

  it('removing every identity policy never turns ImplicitDeny into Allow (same account, no resource policy)', () => {
    fc.assert(
      fc.property(request, identityPolicies, (r, identity) => {
        if (decide(r, { identity }) === 'ImplicitDeny') expect(decide(r, { identity: [] })).not.toBe('Allow');
        expect(decide(r, { identity: [] })).toBe('ImplicitDeny');
      }),
    );
  });

  it('action matching is case-insensitive', () => {
    fc.assert(
      fc.property(request, identityPolicies, fc.boolean(), (r, identity, upper) => {
        const shouted = { ...r, action: upper ? r.action.toUpperCase() : r.action.toLowerCase() };
        expect(decide(shouted, { identity })).toBe(decide(r, { identity }));
      }),
    );
  });

  it('a permissions boundary only ever removes permissions granted by identity policies', () => {
    fc.assert(
      fc.property(request, identityPolicies, identityPolicies, (r, identity, boundaries) => {
        const boundary: NamedPolicy | undefined = boundaries[0] && {
          ...boundaries[0],
          type: 'permissionsBoundary',
        };
        if (decide(r, { identity }) !== 'Allow')
          expect(decide(r, { identity, permissionsBoundary: boundary ?? null })).not.toBe('Allow');
      }),
    );
  });

  it('the traced explanation agrees with the fast decision', () => {
    fc.assert(
      fc.property(request, identityPolicies, (r, identity) => {
        const result = evaluate(r, { identity });
        const anyDeny = result.explanation.policies.some((p) => p.verdict === 'ExplicitDeny');
        const anyAllow = result.explanation.policies.some((p) => p.verdict === 'Allow');
        expect(result.decision).toBe(anyDeny ? 'ExplicitDeny' : anyAllow ? 'Allow' : 'ImplicitDeny');
      }),
    );
  });
});
