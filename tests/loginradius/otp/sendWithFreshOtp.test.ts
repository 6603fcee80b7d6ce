import { test, expect } from '@playwright/test';
import { sendWithFreshOtp } from '../../../loginradius/otp/sendWithFreshOtp.ts';
import { createFreshOtpSource } from '../../../loginradius/otp/freshOtpSource.ts';
import { createOtpAccountPool } from '../../../loginradius/otp/otpAccountPool.ts';
import type { TargetCredentials } from '../../../loginradius/credentials/credentials.ts';
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
const CREDS: TargetCredentials = { apiKey: 'k', accessToken: 'token-1', totpSecret: SECRET };
const otpOf = (c: Case) => (c.body.kind === 'json' ? (c.body.value as { otp: string }).otp : undefined);

test('positive OTP cases get a fresh code per send; negative ones and transport failures are left alone', async () => {
  let now = 1_700_000_000_000;
  const source = createFreshOtpSource({ totpSecret: SECRET, clock: { now: async () => now, advance: async (ms) => (now += ms) } });
  const sent: Array<string | undefined> = [];
  let fail = false;
  const send = sendWithFreshOtp(
    async (c): Promise<Exchange> => {
      sent.push(otpOf(c));
      return {
        case: c,
        elapsedMs: 1,
        rateLimitRetries: 0,
        outcome: fail
          ? { kind: 'transport-error', error: 'connection-refused', message: 'x' }
          : { kind: 'response', status: 200, headers: {}, bodyText: '{}', json: {} },
      };
    },
    createOtpAccountPool([{ label: '', credentials: CREDS, otp: source }]),
    CREDS,
  );
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

test('with a pool of accounts, OTP cases spread over them and each is sent as the account whose code it carries', async () => {
  let now = 1_700_000_000_000;
  const clock = { now: async () => now, advance: async (ms: number) => (now += ms) };
  const SECRET_2 = 'KRUGKIDROVUXG2LPNRUGKIDROVUXG2LP';
  const second: TargetCredentials = { apiKey: 'k', accessToken: 'token-2', totpSecret: SECRET_2 };
  const pool = createOtpAccountPool([
    { label: '#1', credentials: CREDS, otp: createFreshOtpSource({ totpSecret: SECRET, clock }) },
    { label: '#2', credentials: second, otp: createFreshOtpSource({ totpSecret: SECRET_2, clock }) },
  ]);
  const seen: Array<{ account: string | undefined; auth: string | undefined; query: string | undefined }> = [];
  const send = sendWithFreshOtp(
    async (c): Promise<Exchange> => {
      seen.push({ account: c.account, auth: c.headers['Authorization'], query: c.query[0]?.[1] });
      return {
        case: c,
        elapsedMs: 1,
        rateLimitRetries: 0,
        outcome: { kind: 'response', status: 200, headers: {}, bodyText: '{}', json: {} },
      };
    },
    pool,
    CREDS,
  );
  const withToken = (): Case => ({
    ...put({ kind: 'positive' }),
    headers: { Authorization: 'Bearer token-1' },
    query: [['access_token', 'token-1']],
  });
  await Promise.all([send(withToken()), send(withToken()), send(withToken()), send(withToken())]);
  expect(seen.map((s) => s.account).sort()).toEqual(['#1', '#1', '#2', '#2']);
  for (const s of seen) {
    const token = s.account === '#1' ? 'token-1' : 'token-2';
    expect(s.auth).toBe(`Bearer ${token}`);
    expect(s.query).toBe(token);
  }
});
