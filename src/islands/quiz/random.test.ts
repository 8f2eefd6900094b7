import { describe, expect, it } from 'vitest';
import { formatSeed, hashSeed, parseSeed, scramble, seededRandom, shuffle, shuffleFor } from './random.ts';

const items = Array.from({ length: 20 }, (_, i) => i);

describe('seeded shuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffle(items, seededRandom(42))).toEqual(shuffle(items, seededRandom(42)));
  });

  it('gives another order for another seed', () => {
    expect(shuffle(items, seededRandom(42))).not.toEqual(shuffle(items, seededRandom(43)));
  });

  it('keeps every item exactly once and leaves the input alone', () => {
    const input = [...items];
    const out = shuffle(input, seededRandom(7));
    expect([...out].sort((a, b) => a - b)).toEqual(items);
    expect(input).toEqual(items);
  });

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(0);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('moves every item to every position about equally often', () => {
    const firsts = new Map<number, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const first = shuffle([0, 1, 2, 3], seededRandom(seed))[0] ?? -1;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const n of firsts.values()) expect(n).toBeGreaterThan(850);
  });
});

describe('seeds in URLs', () => {
  it('round-trips', () => {
    for (const seed of [0, 1, 123456789, 0xffffffff]) expect(parseSeed(formatSeed(seed))).toBe(seed);
  });

  it('refuses what is not a 32-bit base-36 number', () => {
    expect(parseSeed(null)).toBeNull();
    expect(parseSeed('')).toBeNull();
    expect(parseSeed('-1')).toBeNull();
    expect(parseSeed('ZZ')).toBeNull();
    expect(parseSeed('zzzzzzz')).toBeNull();
  });
});

describe('per-question orders', () => {
  it('hash text to a stable 32-bit seed', () => {
    expect(hashSeed('role-definition')).toBe(hashSeed('role-definition'));
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
    expect(hashSeed('')).toBe(0x811c9dc5);
  });

  it('are the same wherever the question is shown in a run, and differ between questions', () => {
    expect(shuffleFor(items, 7, 'q1')).toEqual(shuffleFor(items, 7, 'q1'));
    expect(shuffleFor(items, 7, 'q1')).not.toEqual(shuffleFor(items, 7, 'q2'));
  });

  it('never leave the steps of an order question in place', () => {
    for (let seed = 0; seed < 200; seed++) {
      const out = scramble(['a', 'b', 'c'], seed);
      expect(out).not.toEqual(['a', 'b', 'c']);
      expect([...out].sort()).toEqual(['a', 'b', 'c']);
    }
  });
});
