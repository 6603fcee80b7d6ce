import { test, expect } from '@playwright/test';
import { sendWithFreshOtp } from '../../../loginradius/otp/sendWithFreshOtp.ts';
import { createFreshOtpSource } from '../../../loginradius/otp/freshOtpSource.ts';
import type { Case } from '../../../engine/case/case.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const put = (label: Case['label']): Case => ({
  operationId: 'mfaReAuthenticateByOTP',
  method: 'PUT',
  path: '/p',
  query: [],
  headers: {},
  body: { kind: 'json', value: { otp: 'stale1' }, mediaType: 'application/json' },
  label,
});
const otpOf = (c: Case) => (c.body.kind === 'json' ? (c.body.value as { otp: string }).otp : undefined);

test('positive OTP cases get a fresh code per send; negative ones and transport failures are left alone', async () => {
  let now = 1_700_000_000_000;
  const source = createFreshOtpSource({ totpSecret: SECRET, clock: { now: async () => now, advance: async (ms) => (now += ms) } });
  const sent: Array<string | undefined> = [];
  let fail = false;
  const send = sendWithFreshOtp(async (c): Promise<Exchange> => {
    sent.push(otpOf(c));
    return {
      case: c,
      elapsedMs: 1,
      rateLimitRetries: 0,
      outcome: fail
        ? { kind: 'transport-error', error: 'connection-refused', message: 'x' }
        : { kind: 'response', status: 200, headers: {}, bodyText: '{}', json: {} },
    };
  }, source);
  await send(put({ kind: 'positive' }));
  await send(put({ kind: 'positive' }));
  await send(put({ kind: 'negative', rule: 'wrong-otp', detail: 'kept as generated' }));
  fail = true;
  await send(put({ kind: 'positive' }));
  fail = false;
  await send(put({ kind: 'positive' }));
  const [first, second, negative, lost, retried] = sent;
  expect(first).toMatch(/^\d{6}$/);
  expect(second).not.toBe(first);
  expect(negative).toBe('stale1');
  expect(retried).toBe(lost); // the code of a request that never arrived is handed out again
});
