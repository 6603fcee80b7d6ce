/** Laws of capCoverage: order kept, no cap exceeded, an item is left out only when a cap it counts for is full. */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { capCoverage } from '../../../generators/coverage/capCoverage.ts';

test('law: kept keeps the order, stays within every cap, and leaves out only what a full cap counts', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(9), { maxLength: 40 }), fc.nat(5), fc.nat(5), (values, evenMax, bigMax) => {
      const ordered = values.map((n, i) => ({ n, i }));
      const caps = [
        { max: evenMax, counts: (x: { n: number }) => x.n % 2 === 0, reason: 'even' },
        { max: bigMax, counts: (x: { n: number }) => x.n > 5, reason: 'big' },
      ];
      const { kept, left } = capCoverage(ordered, caps);
      expect([...kept, ...left.map((l) => l.item)].sort((a, b) => a.i - b.i)).toEqual(ordered);
      expect(kept.map((x) => x.i)).toEqual([...kept.map((x) => x.i)].sort((a, b) => a - b));
      for (const cap of caps) expect(kept.filter(cap.counts).length).toBeLessThanOrEqual(cap.max);
      // Greedy: a left item is counted by the cap named, which was full with items kept before it.
      for (const { item, reason } of left) {
        const cap = caps.find((c) => c.reason === reason)!;
        expect(cap.counts(item)).toBe(true);
        expect(kept.filter((k) => k.i < item.i && cap.counts(k))).toHaveLength(cap.max);
      }
      // What no cap counts is always kept.
      for (const x of ordered) if (!caps.some((c) => c.counts(x))) expect(kept).toContain(x);
    }),
    { numRuns: 300, seed: 41 },
  );
});

test('a bad cap is refused, naming it', () => {
  expect(() => capCoverage([1], [{ max: -1, counts: () => true, reason: 'lockout budget' }])).toThrow(
    /max must be an integer >= 0, got -1 \(lockout budget\)/,
  );
});
