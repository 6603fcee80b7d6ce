import { test, expect } from '@playwright/test';
import { not_a_server_error } from '../../../engine/checks/not_a_server_error.ts';
import { aCase, checkContext, envelopeOf, respond, transportError } from './fixtures.ts';

const ctx = checkContext();

test('passes for 2xx and 4xx', () => {
  expect(not_a_server_error(ctx, respond(aCase(), 200, {})).status).toBe('passed');
  expect(not_a_server_error(ctx, respond(aCase(), 403, envelopeOf(905))).status).toBe('passed');
});

test('fails for 5xx; same status+code → same key whatever the data', () => {
  const a = not_a_server_error(ctx, respond(aCase(), 500, envelopeOf(950, 'a')));
  const b = not_a_server_error(ctx, respond(aCase({ query: [['apikey', 'zzz']] }), 500, envelopeOf(950, 'b')));
  const c = not_a_server_error(ctx, respond(aCase(), 503, {}));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.message).toContain('Received: 500 (error code 950)');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('skips transport errors with a reason', () => {
  const r = not_a_server_error(ctx, transportError(aCase()));
  expect(r).toEqual({ status: 'skipped', reason: 'no HTTP response (transport error: connection-refused)' });
});
