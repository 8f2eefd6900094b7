import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClock } from './clock.ts';
import { createIdGenerator, idPrefixes } from './ids.ts';
import { createRandom } from './random.ts';

describe('seeded ids', () => {
  it('same seed, same ids', () => {
    const a = createIdGenerator(createRandom(42));
    const b = createIdGenerator(createRandom(42));
    expect([a.uniqueId('role'), a.secretAccessKey(), a.uuid()]).toEqual([
      b.uniqueId('role'),
      b.secretAccessKey(),
      b.uuid(),
    ]);
  });

  it('different seeds differ', () => {
    expect(createIdGenerator(createRandom(1)).uniqueId('role')).not.toBe(
      createIdGenerator(createRandom(2)).uniqueId('role'),
    );
  });

  it('ids have AWS shapes', () => {
    const ids = createIdGenerator(createRandom('shape'));
    expect(ids.uniqueId('role')).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(ids.uniqueId('user')).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(ids.uniqueId('sessionAccessKey')).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(ids.uniqueId('accessKey')).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(ids.secretAccessKey()).toHaveLength(40);
    expect(ids.instanceId()).toMatch(/^i-0[0-9a-f]{16}$/);
    expect(ids.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('a restored random state continues the same sequence', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(20), (seed, skip) => {
        const r = createRandom(seed);
        for (let i = 0; i < skip; i++) r.nextUint32();
        const copy = createRandom(0, r.state());
        expect(copy.nextUint32()).toBe(r.nextUint32());
      }),
    );
  });

  it('prefixes follow the IAM identifiers table', () => {
    expect(idPrefixes).toMatchObject({
      role: 'AROA',
      user: 'AIDA',
      managedPolicy: 'ANPA',
      instanceProfile: 'AIPA',
      group: 'AGPA',
    });
  });
});

describe('clock', () => {
  it('moves only when advanced', () => {
    const clock = createClock('2026-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(3600_000);
    expect(clock.now().toISOString()).toBe('2026-01-01T01:00:00.000Z');
    expect(() => clock.advance(-1)).toThrow();
    expect(() => createClock('not a date')).toThrow();
  });
});
