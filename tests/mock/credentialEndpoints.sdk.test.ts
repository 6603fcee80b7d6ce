/**
 * The credential endpoints of the mock, driven by the vendor's Node SDK over TLS: MFA login by email,
 * authenticator verification at login, token by UID, refresh, enrolment while logged in and the
 * account update (unlock), each with its error paths and the vendor's codes.
 */
import { test, expect } from '@playwright/test';
import { HOTP, Secret } from 'otpauth';
import { codeOf, startSdkMock, type SdkMock } from './helpers/sdkOverTls.ts';
import type { TenantFixture, UserFixture } from '../../mock/fixtures/fixtureTypes.ts';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 15);
const ZERO = '00000000-0000-0000-0000-000000000000';

test.describe('credential endpoints over TLS, driven by the vendor Node SDK', () => {
  test.describe.configure({ mode: 'serial' });
  let m: SdkMock;
  const now = { t: T0 };
  const code = (secret: string, at = now.t) => HOTP.generate({ secret: Secret.fromBase32(secret), counter: Math.floor(at / 30_000) });
  const tenant = (): TenantFixture => m.mock.fixture.tenants.find((t) => t.name === 'block')!;
  const user = (): UserFixture => m.mock.fixture.users.find((u) => u.tenant === 'block' && u.role === 'flow')!;
  const sdk = (secret?: string) => m.sdk(tenant().apiKey, secret ?? tenant().apiSecret);
  const stateOf = (uid: string) => m.mock.state().users.find((u) => u.uid === uid)!;

  test.beforeAll(async () => {
    m = await startSdkMock('127.0.0.3', { clock: () => now.t, accessTokenLifetimeSeconds: 60 });
  });
  test.afterAll(async () => m?.close());
  test.beforeEach(() => {
    m.mock.reset();
    now.t += 120_000;
  });

  test('MFA login by email: second factor required (all-zero token), then the authenticator code yields a working token pair', async () => {
    const mfa = sdk().multiFactorAuthenticationApi;
    const first = await mfa.mfaLoginByEmail(user().email, user().password);
    expect(first.access_token).toBe(ZERO);
    expect(first.SecondFactorAuthentication.SecondFactorAuthenticationToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.SecondFactorAuthentication.IsAuthenticatorVerified).toBe(true);
    const done = await mfa.mfaValidateAuthenticatorCode(
      { authenticatorcode: code(user().totpSecret) },
      first.SecondFactorAuthentication.SecondFactorAuthenticationToken,
    );
    expect(done.access_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(done.refresh_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(done.expires_in)).toBe(now.t + 60_000);
    expect(done.Profile.Uid).toBe(user().uid);
    expect(await sdk().reAuthenticationApi.mfaReAuthenticate(done.access_token)).toHaveProperty('IsOTPAuthenticatorVerified', true);
  });

  test('login error paths: wrong password 1200, unknown email 1200, missing email 1000 (SDK-side), wrong code 1102, bad token 1103', async () => {
    const mfa = sdk().multiFactorAuthenticationApi;
    expect(await codeOf(mfa.mfaLoginByEmail(user().email, 'wrong-password'))).toBe(1200);
    expect(await codeOf(mfa.mfaLoginByEmail('nobody@example.com', user().password))).toBe(1200);
    expect(await codeOf(mfa.mfaLoginByEmail('', user().password))).toBe(1000);
    const first = await mfa.mfaLoginByEmail(user().email, user().password);
    const sfa = first.SecondFactorAuthentication.SecondFactorAuthenticationToken;
    expect(await codeOf(mfa.mfaValidateAuthenticatorCode({ authenticatorcode: '000000' }, sfa))).toBe(1102);
    expect(await codeOf(mfa.mfaValidateAuthenticatorCode({ authenticatorcode: code(user().totpSecret) }, ZERO))).toBe(1103);
    expect(stateOf(user().uid).failedAttempts).toBe(2);
  });

  test('token by UID: expires_in is a timestamp; the token expires after the configured lifetime (906)', async () => {
    const pair = await sdk().accountApi.getAccessTokenByUid(user().uid);
    expect(Date.parse(pair.expires_in)).toBe(now.t + 60_000);
    expect(await codeOf(sdk().reAuthenticationApi.mfaReAuthenticate(pair.access_token))).toBe('resolved');
    now.t += 61_000;
    expect(await codeOf(sdk().reAuthenticationApi.mfaReAuthenticate(pair.access_token))).toBe(906);
  });

  test('token by UID error paths: wrong secret 902, missing secret 908, unknown uid 908', async () => {
    expect(await codeOf(sdk('00000000-0000-4000-8000-000000000000').accountApi.getAccessTokenByUid(user().uid))).toBe(902);
    expect(await codeOf(sdk().accountApi.getAccessTokenByUid('0'.repeat(32)))).toBe(908);
    // The SDK always sends a secret: the missing-secret path over plain HTTPS.
    const res = await raw(m, 'GET', `/identity/v2/manage/account/access_token?apikey=${tenant().apiKey}&uid=${user().uid}`);
    expect(res).toMatchObject({ status: 400, json: { ErrorCode: 908, Description: 'The apisecret is a required parameter.' } });
  });

  test('refresh: a new pair; the refresh token is single use (905), an unknown one 905', async () => {
    const pair = await sdk().accountApi.getAccessTokenByUid(user().uid);
    const next = await sdk().accountApi.refreshAccessTokenByRefreshToken(pair.refresh_token);
    expect(next.access_token).not.toBe(pair.access_token);
    expect(await codeOf(sdk().reAuthenticationApi.mfaReAuthenticate(next.access_token))).toBe('resolved');
    expect(await codeOf(sdk().accountApi.refreshAccessTokenByRefreshToken(pair.refresh_token))).toBe(905);
    expect(await codeOf(sdk().accountApi.refreshAccessTokenByRefreshToken(ZERO))).toBe(905);
    expect(await codeOf(sdk('wrong-secret').accountApi.refreshAccessTokenByRefreshToken(next.refresh_token))).toBe(902);
  });

  test('refresh: an expired refresh token (60 days) answers 906', async () => {
    const pair = await sdk().accountApi.getAccessTokenByUid(user().uid);
    now.t += 61 * 24 * 3600_000;
    expect(await codeOf(sdk().accountApi.refreshAccessTokenByRefreshToken(pair.refresh_token))).toBe(906);
  });

  test('enrolment while logged in: a new secret, verified by its code; a wrong code 1102; then login needs the new secret', async () => {
    expect((await raw(m, 'PUT', '/__mock/authenticator', { uid: user().uid, enrolled: false })).status).toBe(200);
    const token = (await sdk().accountApi.getAccessTokenByUid(user().uid)).access_token;
    const mfa = sdk().multiFactorAuthenticationApi;
    const settings = await mfa.mfaConfigureByAccessToken(token);
    expect(settings.IsAuthenticatorVerified).toBe(false);
    expect(settings.ManualEntryCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(await codeOf(mfa.mfaVerifyAuthenticatorCode(token, { authenticatorcode: '000000' }))).toBe(1102);
    const profile = await mfa.mfaVerifyAuthenticatorCode(token, { authenticatorcode: code(settings.ManualEntryCode) });
    expect(profile.Uid).toBe(user().uid);
    expect(stateOf(user().uid).authenticatorEnrolled).toBe(true);
    expect((await mfa.mfaConfigureByAccessToken(token)).IsAuthenticatorVerified).toBe(true);
    now.t += 60_000;
    const first = await mfa.mfaLoginByEmail(user().email, user().password);
    const sfa = first.SecondFactorAuthentication.SecondFactorAuthenticationToken;
    expect(await codeOf(mfa.mfaValidateAuthenticatorCode({ authenticatorcode: code(settings.ManualEntryCode) }, sfa))).toBe('resolved');
  });

  test('account update unlocks: a Block lock needs IsActive true as well; wrong secret 902', async () => {
    const mfa = sdk().multiFactorAuthenticationApi;
    for (let i = 0; i < 5; i += 1) await codeOf(mfa.mfaLoginByEmail(user().email, 'wrong-password'));
    expect(stateOf(user().uid).locked).toBe(true);
    expect(await codeOf(mfa.mfaLoginByEmail(user().email, user().password))).toBe(991);
    expect(await codeOf(sdk('bad').accountApi.updateAccountByUid({ IsLoginLocked: false }, user().uid))).toBe(902);
    const still = await sdk().accountApi.updateAccountByUid({ IsLoginLocked: false }, user().uid);
    expect(still.IsLoginLocked).toBe(true);
    const open = await sdk().accountApi.updateAccountByUid({ IsLoginLocked: false, IsActive: true }, user().uid);
    expect(open.IsLoginLocked).toBe(false);
    expect(stateOf(user().uid)).toMatchObject({ locked: false, failedAttempts: 0 });
    expect(m.mock.state().internalErrors).toBe(0);
  });
});

/** One request over the trusted TLS agent; answers status and parsed JSON. */
async function raw(m: SdkMock, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const https = await import('node:https');
  return new Promise((resolve, reject) => {
    const req = https.request(`${m.mock.url}${path}`, { method, headers: { 'content-type': 'application/json' } }, (r) => {
      let text = '';
      r.on('data', (d) => {
        text += d;
      });
      r.on('end', () => resolve({ status: r.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
