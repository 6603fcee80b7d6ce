import { test, expect } from '@playwright/test';
import { parseRetryAfter, retryDelayMs } from '../../../engine/transport/retryAfter.ts';

const now = Date.parse('2026-11-25T17:00:00Z');

test('parses delay-seconds and HTTP-dates; rejects junk', () => {
  expect(parseRetryAfter('3', now)).toBe(3000);
  expect(parseRetryAfter(' 0 ', now)).toBe(0);
  expect(parseRetryAfter('Wed, 25 Nov 2026 17:00:10 GMT', now)).toBe(10_000);
  expect(parseRetryAfter('Wed, 25 Nov 2026 16:00:00 GMT', now)).toBe(0);
  expect(parseRetryAfter('-1', now)).toBeUndefined();
  expect(parseRetryAfter('1.5', now)).toBeUndefined();
  expect(parseRetryAfter('soon', now)).toBeUndefined();
  expect(parseRetryAfter(undefined, now)).toBeUndefined();
});

test('retryDelayMs falls back to the default and clamps to the cap', () => {
  expect(retryDelayMs(undefined, 1000, 30_000, now)).toBe(1000);
  expect(retryDelayMs('120', 1000, 30_000, now)).toBe(30_000);
  expect(retryDelayMs('2', 1000, 30_000, now)).toBe(2000);
});
