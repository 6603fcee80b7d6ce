import { test, expect } from '@playwright/test';
import { max_response_time } from '../../../engine/checks/max_response_time.ts';
import { aCase, checkContext, respond, transportError } from './fixtures.ts';

const ctx = checkContext({ maxResponseTimeMs: 100 });

test('passes within the limit', () => {
  expect(max_response_time(ctx, respond(aCase(), 200, {}, { elapsedMs: 100 })).status).toBe('passed');
});

test('fails over the limit, one key per operation whatever the time', () => {
  const a = max_response_time(ctx, respond(aCase(), 200, {}, { elapsedMs: 101 }));
  const b = max_response_time(ctx, respond(aCase(), 403, {}, { elapsedMs: 5000 }));
  const c = max_response_time(ctx, respond(aCase({ operationId: 'mfaUpdateSetting' }), 200, {}, { elapsedMs: 5000 }));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.message).toBe('Received after: 101 ms\nLimit: 100 ms');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test("time this process was busy is not the target's: left out, and named when the rest is still too slow", () => {
  const busyHarness = { ...respond(aCase(), 200, {}, { elapsedMs: 2500 }), stalledMs: 2450 };
  expect(max_response_time(ctx, busyHarness).status).toBe('passed');
  const slowTarget = max_response_time(ctx, { ...respond(aCase(), 200, {}, { elapsedMs: 2500 }), stalledMs: 2000 });
  if (slowTarget.status !== 'failed') throw new Error('expected a failure');
  expect(slowTarget.failures[0]?.message).toBe('Received after: 500 ms (of 2500 ms, 2000 ms this process was busy)\nLimit: 100 ms');
});

test('skips transport errors (a timeout is no_transport_error)', () => {
  expect(max_response_time(ctx, transportError(aCase(), 'timeout')).status).toBe('skipped');
});
