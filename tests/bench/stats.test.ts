import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { alternate, median, ratio } from '../../bench/stats.ts';

test('median: middle value, mean of the middle two, order-independent, rejects empty input', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([5, NaN, 1, 3])).toBe(3);
  expect(() => median([])).toThrow(/no finite values/);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1 }), (xs) => {
      const m = median(xs);
      expect(median([...xs].reverse())).toBe(m);
      expect(xs.filter((x) => x < m).length).toBeLessThanOrEqual(xs.length / 2);
      expect(xs.filter((x) => x > m).length).toBeLessThanOrEqual(xs.length / 2);
    }),
  );
});

test('alternate: A B A B — every item once per round, in the given order', () => {
  expect(alternate(['A', 'B'], 2).map((s) => `${s.round}${s.item}`)).toEqual(['0A', '0B', '1A', '1B']);
  fc.assert(
    fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 5 }), (items, rounds) => {
      const schedule = alternate(items, rounds);
      expect(schedule).toHaveLength(items.length * rounds);
      for (let r = 0; r < rounds; r += 1) expect(schedule.filter((s) => s.round === r).map((s) => s.item)).toEqual(items);
    }),
  );
  expect(() => alternate(['A'], 0)).toThrow(/rounds must be an integer >= 1/);
});

test('ratio: a/b, null when it cannot be computed', () => {
  expect(ratio(3, 4)).toBe(0.75);
  expect(ratio(3, 0)).toBeNull();
  expect(ratio(null, 2)).toBeNull();
  expect(ratio(2, undefined)).toBeNull();
  expect(ratio(NaN, 2)).toBeNull();
});
