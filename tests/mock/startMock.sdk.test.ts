/**
 * The vendor's own Node SDK (loginradius-sdk 11.7) as an independent client. It only speaks HTTPS to
 * port 443 of `apiDomain`, so the mock is served over TLS on 127.0.0.1:443 with a throwaway
 * certificate made here with openssl, trusted through https.globalAgent for the duration of the file.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOTP, Secret } from 'otpauth';
import { startMock } from '../../mock/startMock.ts';
import type { RunningMock } from '../../mock/startMock.ts';
import type { UserFixture } from '../../mock/fixtures/fixtureTypes.ts';

const require = createRequire(import.meta.url);
const T0 = Date.UTC(2026, 0, 1, 12, 0, 15);

test.describe('startMock over TLS, driven by the vendor Node SDK', () => {
  test.describe.configure({ mode: 'serial' });
  let mock: RunningMock;
  let dir: string;
  let previousCa: unknown;
  const now = { t: T0 };

  const sdk = (apiKey: string) => {
    const lr = require('loginradius-sdk') as (config: Record<string, unknown>) => any;
    return lr({ apiDomain: '127.0.0.1', apiKey, apiSecret: 'not-used-by-these-calls' });
  };
  const otp = (u: UserFixture) => HOTP.generate({ secret: Secret.fromBase32(u.totpSecret), counter: Math.floor(now.t / 30_000) });
  const positive = () => mock.fixture.users.find((u) => u.tenant === 'suspend' && u.role === 'positive')!;
  const key = () => mock.fixture.tenants[0]!.apiKey;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lr-mock-tls-'));
    execFileSync(
      '/usr/bin/openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    );
    const cert = readFileSync(join(dir, 'cert.pem'));
    mock = await startMock({ port: 443, tls: { key: readFileSync(join(dir, 'key.pem')), cert }, clock: () => now.t });
    previousCa = https.globalAgent.options.ca;
    https.globalAgent.options.ca = cert;
  });

  test.afterAll(async () => {
    https.globalAgent.options.ca = previousCa as never;
    https.globalAgent.destroy();
    await mock?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.beforeEach(() => {
    mock.reset();
    now.t += 60_000;
  });

  test('mfaReAuthenticate resolves with MFA settings (the SDK sends isVoiceOtp= empty and the token twice)', async () => {
    const res = await sdk(key()).reAuthenticationApi.mfaReAuthenticate(positive().accessTokens.valid, 'tpl');
    expect(res.SecondFactorAuthenticationToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.IsOTPAuthenticatorVerified).toBe(true);
    const log = await new Promise<any>((resolve, reject) =>
      https
        .get(`${mock.url}/__mock/requests`, (r) => {
          let text = '';
          r.on('data', (d) => {
            text += d;
          });
          r.on('end', () => resolve(JSON.parse(text)));
        })
        .on('error', reject),
    );
    expect(log.entries.at(-1).queryNames.sort()).toEqual(['access_token', 'apikey', 'isvoiceotp', 'smstemplate2fa']);
    expect(mock.state().internalErrors).toBe(0);
  });

  test('mfaReAuthenticateByOTP resolves with the step-up token', async () => {
    const res = await sdk(key()).reAuthenticationApi.mfaReAuthenticateByOTP(positive().accessTokens.valid, { otp: otp(positive()) });
    expect(Object.keys(res).sort()).toEqual(['ExpireIn', 'SecondFactorValidationToken']);
  });

  test('mfaUpdateSetting resolves with the profile, projected by fields', async () => {
    const res = await sdk(key()).multiFactorAuthenticationApi.mfaUpdateSetting(
      positive().accessTokens.valid,
      { otp: otp(positive()) },
      'Uid,Email',
    );
    expect(res).toEqual({ Uid: positive().uid, Email: positive().profile['Email'] });
  });

  test('rejects with the documented codes: bad apikey 901, empty apikey 908, bad token 905, expired 906, bad OTP 1067', async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (e: { ErrorCode: number }) => e.ErrorCode,
      );
    const u = positive();
    expect(await codeOf(sdk(mock.fixture.unauthorisedApiKeys[0]!).reAuthenticationApi.mfaReAuthenticate(u.accessTokens.valid))).toBe(901);
    expect(await codeOf(sdk('').reAuthenticationApi.mfaReAuthenticateByOTP(u.accessTokens.valid, { otp: '123456' }))).toBe(908);
    expect(
      await codeOf(sdk(key()).multiFactorAuthenticationApi.mfaUpdateSetting('00000000-0000-4000-8000-000000000000', { otp: otp(u) })),
    ).toBe(905);
    expect(await codeOf(sdk(key()).reAuthenticationApi.mfaReAuthenticate(u.accessTokens.expired))).toBe(906);
    expect(await codeOf(sdk(key()).reAuthenticationApi.mfaReAuthenticateByOTP(u.accessTokens.valid, { otp: '000000' }))).toBe(1067);
    expect(await codeOf(sdk(key()).multiFactorAuthenticationApi.mfaUpdateSetting(u.accessTokens.valid, { otp: 'abc' }))).toBe(1067);
    expect(mock.state().internalErrors).toBe(0);
  });
});
