import { test, expect } from '@playwright/test';
import { ignored_auth } from '../../../engine/checks/ignored_auth.ts';
import { isAuthRule } from '../../../engine/checks/authRules.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from './fixtures.ts';

const ctx = checkContext();

test('passes when a broken-auth case is rejected', () => {
  expect(ignored_auth(ctx, respond(aCase({ label: negative('expired-token') }), 403, envelopeOf(906))).status).toBe('passed');
});

test('fails when a broken-auth case succeeds; keyed by rule', () => {
  const a = ignored_auth(ctx, respond(aCase({ label: negative('wrong-apikey', 'key=a') }), 200, {}));
  const b = ignored_auth(ctx, respond(aCase({ label: negative('wrong-apikey', 'key=b'), query: [['apikey', 'b']] }), 200, {}));
  const c = ignored_auth(ctx, respond(aCase({ label: negative('revoked-token') }), 200, {}));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.title).toBe('Authentication ignored');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('skips positive cases and non-auth negative rules', () => {
  expect(ignored_auth(ctx, respond(aCase(), 200, {})).status).toBe('skipped');
  expect(ignored_auth(ctx, respond(aCase({ label: negative('otp-wrong-type') }), 200, {})).status).toBe('skipped');
});

test('isAuthRule recognises the auth rule families', () => {
  for (const rule of ['missing-apikey', 'empty-apikey', 'whitespace-apikey', 'unauthorised-apikey', 'apikey-in-header', 'missing-token', 'malformed-token', 'expired-token', 'revoked-token', 'wrong-auth-scheme'])
    expect(isAuthRule(rule)).toBe(true);
  expect(isAuthRule('otp-missing')).toBe(false);
  expect(isAuthRule('recaptcha-token-wrong-type')).toBe(false);
});

test('an explicit authRules list replaces the name heuristic', () => {
  const custom = checkContext({ authRules: ['expired'] });
  expect(ignored_auth(custom, respond(aCase({ label: negative('expired') }), 200, {})).status).toBe('failed');
  expect(ignored_auth(custom, respond(aCase({ label: negative('expired-token') }), 200, {})).status).toBe('skipped');
});
