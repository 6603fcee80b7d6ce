import { test, expect } from '@playwright/test';
import { createRateLimiter } from '../../../engine/transport/rateLimiter.ts';

/** A fake clock: sleeping advances time, so the schedule is observable without waiting. */
function fakeClock() {
  let t = 1000;
  const starts: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (t += ms), starts, mark: () => starts.push(t) };
}

test('spaces sequential acquisitions 1/maxRps apart', async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ maxRps: 5, now: clock.now, sleep: clock.sleep });
  for (let i = 0; i < 4; i++) await limiter.acquire(), clock.mark();
  expect(clock.starts).toEqual([1000, 1200, 1400, 1600]);
});

test('concurrent callers share one schedule; burst allows back-to-back after idle', async () => {
  let t = 0;
  const waits: number[] = [];
  const limiter = createRateLimiter({ maxRps: 10, burst: 3, now: () => t, sleep: async (ms) => void waits.push(ms) });
  t = 10_000; // long idle: the bucket is full
  await Promise.all(Array.from({ length: 5 }, () => limiter.acquire()));
  // 3 immediately (burst), then each later one waits one more interval.
  expect(waits).toEqual([100, 200]);
});

test('real timing: 6 concurrent acquisitions at 20 rps take at least ~250 ms', async () => {
  const limiter = createRateLimiter({ maxRps: 20 });
  const started = performance.now();
  await Promise.all(Array.from({ length: 6 }, () => limiter.acquire()));
  expect(performance.now() - started).toBeGreaterThanOrEqual(240);
});

test('bad options name createRateLimiter and the fix', () => {
  expect(() => createRateLimiter({ maxRps: 0 })).toThrow(/createRateLimiter: maxRps must be a positive number.*pass e\.g\. 5/);
  expect(() => createRateLimiter({ maxRps: 1, burst: 0 })).toThrow(/createRateLimiter: burst/);
});
