import { test, expect } from '@playwright/test';
import { error_envelope_conformance } from '../../../loginradius/checks/error_envelope_conformance.ts';
import { aCase, checkContext, envelopeOf, respond } from '../../engine/checks/fixtures.ts';

const ctx = checkContext();

test('passes a documented envelope and a normal success body', () => {
  expect(error_envelope_conformance(ctx, respond(aCase(), 403, envelopeOf(905))).status).toBe('passed');
  expect(error_envelope_conformance(ctx, respond(aCase(), 200, { IsGoogleAuthenticatorVerified: true })).status).toBe('passed');
});

test('fails an ErrorCode not documented for operation+status; keyed by status+code', () => {
  const a = error_envelope_conformance(ctx, respond(aCase(), 403, envelopeOf(1281, 'x')));
  const b = error_envelope_conformance(ctx, respond(aCase({ query: [] }), 403, envelopeOf(1281, 'y')));
  const c = error_envelope_conformance(ctx, respond(aCase(), 403, envelopeOf(1198)));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.message).toContain('Received: ErrorCode 1281 with status 403');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('fails a malformed envelope, one failure per problem', () => {
  const r = error_envelope_conformance(ctx, respond(aCase(), 400, { ErrorCode: '908', Message: 'm' }));
  if (r.status !== 'failed') throw new Error('expected failure');
  expect(r.failures.map((f) => f.dedupKey.split('|').slice(2).join('|'))).toEqual([
    '400|ErrorCode-not-integer',
    '400|Description-not-string',
  ]);
});

test('fails an error envelope sent with status 200', () => {
  const r = error_envelope_conformance(ctx, respond(aCase(), 200, envelopeOf(905)));
  if (r.status !== 'failed') throw new Error('expected failure');
  expect(r.failures[0]?.title).toBe('Error envelope with a success status');
});

test('skips non-JSON bodies and 3xx', () => {
  expect(error_envelope_conformance(ctx, respond(aCase(), 400, undefined, { raw: 'oops' })).status).toBe('skipped');
  expect(error_envelope_conformance(ctx, respond(aCase(), 302, {})).status).toBe('skipped');
});
