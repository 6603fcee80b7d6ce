import { test, expect } from '@playwright/test';
import { status_code_conformance } from '../../../engine/checks/status_code_conformance.ts';
import { aCase, checkContext, envelopeOf, respond, transportError } from './fixtures.ts';

const ctx = checkContext();

test('passes for documented statuses', () => {
  for (const status of [200, 400, 403, 429])
    expect(status_code_conformance(ctx, respond(aCase(), status, envelopeOf(908))).status).toBe('passed');
});

test('fails for an undocumented status naming received and documented; keyed by status', () => {
  const a = status_code_conformance(ctx, respond(aCase(), 404, {}));
  const b = status_code_conformance(ctx, respond(aCase({ query: [] }), 404, { x: 1 }));
  const c = status_code_conformance(ctx, respond(aCase(), 401, {}));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.message).toBe('Received: 404\nDocumented: 200, 400, 403, 429');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('skips on transport errors', () => {
  expect(status_code_conformance(ctx, transportError(aCase())).status).toBe('skipped');
});
