import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { busyMs } from '../../bench/busyMs.ts';

test('law: the joined spans cover exactly the milliseconds some phase was running', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ startedAt: fc.nat({ max: 200 }), ms: fc.nat({ max: 60 }) }), { maxLength: 8 }), (spans) => {
      const covered = new Set<number>();
      for (const s of spans) for (let t = s.startedAt; t < s.startedAt + s.ms; t++) covered.add(t);
      expect(busyMs(spans)).toBe(covered.size);
      expect(busyMs(spans)).toBeLessThanOrEqual(spans.reduce((n, s) => n + s.ms, 0));
    }),
  );
});

test('a phase without a start time (an older report) makes it the plain sum', () => {
  expect(busyMs([{ startedAt: 0, ms: 10 }, { ms: 10 }])).toBe(20);
  expect(busyMs([])).toBe(0);
});
