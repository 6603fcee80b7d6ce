import { test, expect } from '@playwright/test';
import { mapConcurrent } from '../../../engine/run/mapConcurrent.ts';

test('keeps input order and never exceeds the limit in flight', async () => {
  let inFlight = 0;
  let peak = 0;
  const out = await mapConcurrent([5, 1, 4, 2, 3, 0], 3, async (ms, i) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, ms));
    inFlight -= 1;
    return `${i}:${ms}`;
  });
  expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
  expect(peak).toBe(3);
  expect(await mapConcurrent([], 8, async () => 1)).toEqual([]);
});
