import { test, expect } from '@playwright/test';
import { negative_data_rejection } from '../../../engine/checks/negative_data_rejection.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from './fixtures.ts';

const ctx = checkContext();
const put = (rule: string, otp: unknown) =>
  aCase({
    operationId: 'mfaUpdateSetting',
    method: 'PUT',
    label: negative(rule, `otp=${String(otp)}`),
    body: { kind: 'json', value: { otp }, mediaType: 'application/json' },
  });

test('passes when a negative case gets a 4xx', () => {
  expect(negative_data_rejection(ctx, respond(put('otp-wrong-type', 1.5), 403, envelopeOf(1134))).status).toBe('passed');
});

test('fails when it is accepted; same rule → same key whatever the data, other rule → other key', () => {
  const a = negative_data_rejection(ctx, respond(put('otp-wrong-type', 1.5), 200, {}));
  const b = negative_data_rejection(ctx, respond(put('otp-wrong-type', true), 200, {}));
  const c = negative_data_rejection(ctx, respond(put('otp-missing', ''), 200, {}));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.message).toContain('Received: 200');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('skips positive cases, 429 and 5xx', () => {
  expect(negative_data_rejection(ctx, respond(aCase(), 200, {})).status).toBe('skipped');
  expect(negative_data_rejection(ctx, respond(put('r', 1), 429, {})).status).toBe('skipped');
  expect(negative_data_rejection(ctx, respond(put('r', 1), 500, {})).status).toBe('skipped');
});
