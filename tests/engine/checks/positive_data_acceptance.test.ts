import { test, expect } from '@playwright/test';
import { positive_data_acceptance } from '../../../engine/checks/positive_data_acceptance.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from './fixtures.ts';

const ctx = checkContext();
const put = aCase({
  operationId: 'mfaUpdateSetting',
  method: 'PUT',
  body: { kind: 'json', value: { otp: '123456' }, mediaType: 'application/json' },
});

test('passes a 2xx, or a status listed in expectedStatus', () => {
  expect(positive_data_acceptance(ctx, respond(aCase(), 200, {})).status).toBe('passed');
  const custom = checkContext({ expectedStatus: { mfaReAuthenticate: [200, 403] } });
  expect(positive_data_acceptance(custom, respond(aCase(), 403, envelopeOf(1281))).status).toBe('passed');
});

test('fails a rejection naming received and expected; keyed by status + ErrorCode', () => {
  const a = positive_data_acceptance(ctx, respond(put, 403, envelopeOf(1067, 'a')));
  const b = positive_data_acceptance(
    ctx,
    respond({ ...put, body: { kind: 'json', value: { otp: '654321' }, mediaType: 'application/json' } }, 403, envelopeOf(1067, 'b')),
  );
  const c = positive_data_acceptance(ctx, respond(put, 400, envelopeOf(908)));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.message).toContain('Received: 403 (error code 1067)');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});

test('skips a stateful rejection (1068 OTP already used) on the PUT operations only', () => {
  const r = positive_data_acceptance(ctx, respond(put, 403, envelopeOf(1068)));
  expect(r).toEqual({
    status: 'skipped',
    reason: 'stateful rejection: error code 1068 is allowed for mfaUpdateSetting (statefulRejections)',
  });
  expect(positive_data_acceptance(ctx, respond(aCase(), 403, envelopeOf(1068))).status).toBe('failed');
});

test('skips negative cases', () => {
  expect(positive_data_acceptance(ctx, respond(aCase({ label: negative('x') }), 400, envelopeOf(908))).status).toBe('skipped');
});
