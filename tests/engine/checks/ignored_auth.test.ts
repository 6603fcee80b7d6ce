import { test, expect } from '@playwright/test';
import { ignored_auth } from '../../../engine/checks/ignored_auth.ts';
import type { CaseLabel } from '../../../engine/case/case.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from './fixtures.ts';

const authNegative = (rule: string, detail = 'detail'): CaseLabel => ({ kind: 'negative', rule, detail, isAuthRule: true });

const ctx = checkContext();

test('passes when a broken-auth case is rejected', () => {
  expect(ignored_auth(ctx, respond(aCase({ label: authNegative('expired-token') }), 403, envelopeOf(906))).status).toBe('passed');
});

test('fails when a broken-auth case succeeds; keyed by rule', () => {
  const a = ignored_auth(ctx, respond(aCase({ label: authNegative('wrong-apikey', 'key=a') }), 200, {}));
  const b = ignored_auth(ctx, respond(aCase({ label: authNegative('wrong-apikey', 'key=b'), query: [['apikey', 'b']] }), 200, {}));
  const c = ignored_auth(ctx, respond(aCase({ label: authNegative('revoked-token') }), 200, {}));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.title).toBe('Authentication ignored');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('skips positive cases and non-auth negative rules', () => {
  expect(ignored_auth(ctx, respond(aCase(), 200, {})).status).toBe('skipped');
  expect(ignored_auth(ctx, respond(aCase({ label: negative('otp-wrong-type') }), 200, {})).status).toBe('skipped');
});

test('the label decides, not the rule name: a rule that does not declare isAuthRule is skipped', () => {
  expect(ignored_auth(ctx, respond(aCase({ label: negative('expired-token') }), 200, {})).status).toBe('skipped');
  expect(ignored_auth(ctx, respond(aCase({ label: authNegative('expired') }), 200, {})).status).toBe('failed');
});
