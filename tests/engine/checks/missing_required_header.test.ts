import { test, expect } from '@playwright/test';
import { missing_required_header } from '../../../engine/checks/missing_required_header.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from './fixtures.ts';

const ctx = checkContext();
const bare = (query: Array<[string, string]> = []) => aCase({ query, headers: {}, label: negative('missing-apikey') });

test('passes when a request without credentials gets 400/401/403', () => {
  for (const status of [400, 401, 403])
    expect(missing_required_header(ctx, respond(bare(), status, envelopeOf(908))).status).toBe('passed');
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

test('applies when only one required credential is missing: no apikey, or no token in either place', () => {
  const noToken = missing_required_header(ctx, respond(aCase({ headers: {} }), 200, {}));
  const noApiKey = missing_required_header(ctx, respond(aCase({ query: [] }), 404, {}));
  if (noToken.status !== 'failed' || noApiKey.status !== 'failed') throw new Error('expected failures');
  expect(noToken.failures[0]?.message).toContain('without access token');
  expect(noApiKey.failures[0]?.message).toContain('without apikey');
  expect(noToken.failures[0]?.dedupKey).not.toBe(noApiKey.failures[0]?.dedupKey);
  expect(missing_required_header(ctx, respond(aCase({ headers: {} }), 400, envelopeOf(1060))).status).toBe('passed');
});

test('skips cases that carry every required credential (token in the header or the query)', () => {
  expect(missing_required_header(ctx, respond(aCase(), 200, {})).status).toBe('skipped');
  const queryToken = aCase({
    headers: {},
    query: [
      ['apikey', 'k'],
      ['access_token', 't'],
    ],
  });
  expect(missing_required_header(ctx, respond(queryToken, 200, {})).status).toBe('skipped');
});
