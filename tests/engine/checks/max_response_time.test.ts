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

test('skips transport errors (a timeout is no_transport_error)', () => {
  expect(max_response_time(ctx, transportError(aCase(), 'timeout')).status).toBe('skipped');
});
