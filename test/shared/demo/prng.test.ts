import { describe, expect, it } from 'vitest';
import { mulberry32, Rng } from '../../../src/shared/demo';

describe('seeded PRNG', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('spreads floats over [0, 1) and integers over the closed range', () => {
    const rng = new Rng(7);
    const floats = Array.from({ length: 10_000 }, () => rng.float());
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    expect(floats.reduce((s, x) => s + x, 0) / floats.length).toBeCloseTo(0.5, 1);
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(3, 6)));
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks by weight', () => {
    const rng = new Rng(1);
    const picks = Array.from({ length: 10_000 }, () =>
      rng.weighted([
        ['a', 3],
        ['b', 1],
      ] as const),
    );
    const share = picks.filter((p) => p === 'a').length / picks.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
