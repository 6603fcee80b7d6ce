import { test, expect } from '@playwright/test';
import { hasJsonOtp, withOtp } from '../../../loginradius/otp/withOtp.ts';
import type { Case } from '../../../engine/case/case.ts';

const base: Case = {
  operationId: 'mfaReAuthenticateByOTP',
  method: 'PUT',
  path: '/identity/v2/auth/account/reauth/2fa/otp',
  query: [],
  headers: {},
  body: { kind: 'json', value: { OTP: '111111', securityanswer: { q: 'a' } }, mediaType: 'application/json' },
  label: { kind: 'positive' },
};

test('replaces the otp whatever its key casing, keeps every other field and the key as sent', () => {
  const fresh = withOtp(base, '222222');
  expect(fresh.body).toEqual({ kind: 'json', value: { OTP: '222222', securityanswer: { q: 'a' } }, mediaType: 'application/json' });
  expect(base.body.kind === 'json' && (base.body.value as Record<string, unknown>)['OTP']).toBe('111111');
});

test('cases without a JSON otp are left alone and reported as such', () => {
  const raw: Case = { ...base, body: { kind: 'raw', text: '{"otp":"1"', mediaType: 'application/json' } };
  const noOtp: Case = { ...base, body: { kind: 'json', value: { other: 1 }, mediaType: 'application/json' } };
  expect([hasJsonOtp(base), hasJsonOtp(raw), hasJsonOtp(noOtp)]).toEqual([true, false, false]);
  expect(withOtp(raw, '222222')).toBe(raw);
  expect(withOtp(noOtp, '222222').body).toEqual(noOtp.body);
});
