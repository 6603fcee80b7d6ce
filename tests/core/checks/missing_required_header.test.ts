import { test, expect } from '@playwright/test';
import { missing_required_header } from '../../../core/checks/missing_required_header.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from './fixtures.ts';

const ctx = checkContext();
const bare = (query: Array<[string, string]> = []) => aCase({ query, headers: {}, label: negative('missing-apikey') });

test('passes when a request without credentials gets 400/401/403', () => {
  for (const status of [400, 401, 403]) expect(missing_required_header(ctx, respond(bare(), status, envelopeOf(908))).status).toBe('passed');
  expect(missing_required_header(ctx, respond(bare([['apikey', '   ']]), 400, envelopeOf(908))).status).toBe('passed');
});

test('fails for any other status; keyed by status', () => {
  const a = missing_required_header(ctx, respond(bare(), 200, {}));
  const b = missing_required_header(ctx, respond(bare([['isvoiceotp', 'true']]), 200, { x: 1 }));
  const c = missing_required_header(ctx, respond(bare(), 404, {}));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('skips cases that carry any credential', () => {
  expect(missing_required_header(ctx, respond(aCase({ headers: {} }), 200, {})).status).toBe('skipped');
  expect(missing_required_header(ctx, respond(aCase({ query: [] }), 200, {})).status).toBe('skipped');
});
