import { test, expect } from '@playwright/test';
import { startMock } from '../../mock/startMock.ts';
import { startHarness, T0 } from './helpers/mockHarness.ts';
import type { Harness } from './helpers/mockHarness.ts';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h.mock.close();
});
test.beforeEach(() => {
  h.mock.reset();
  h.time.now = T0;
});

test.describe('startMock: the three operations', () => {
  test('listens on an ephemeral loopback port and reports it in url', () => {
    expect(h.mock.port).toBeGreaterThan(0);
    expect(h.mock.url).toBe(`http://127.0.0.1:${h.mock.port}`);
  });

  test('mfaReAuthenticate answers the full MFA settings set with a fresh token and ISO-Z expiry', async () => {
    const r = await h.call('mfaReAuthenticate');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.json.SecondFactorAuthenticationToken).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.json.ExpireIn).toBe(new Date(T0 + 600_000).toISOString());
    expect(Object.keys(r.json)).toEqual(
      expect.arrayContaining([
        'QRCode',
        'ManualEntryCode',
        'IsGoogleAuthenticatorVerified',
        'IsAuthenticatorVerified',
        'IsOTPAuthenticatorVerified',
        'IsEmailOtpAuthenticatorVerified',
        'IsSecurityQuestionAuthenticatorVerified',
        'OTPPhoneNo',
        'OTPStatus',
        'Email',
        'EmailOTPStatus',
        'SecurityQuestions',
        'PushQRCode',
        'DuoAuthEndpoint',
        'IsPushDeviceRegistered',
        'IsDuoAuthenticatorVerified',
        'IsPasskeyAuthenticatorVerified',
      ]),
    );
    expect(r.json.SecurityQuestions[0]).toEqual({
      QuestionId: h.user().securityQuestions[0]!.questionId,
      Question: h.user().securityQuestions[0]!.question,
    });
    expect(r.json.OTPPhoneNo).not.toBe(h.user().phone);
    const again = await h.call('mfaReAuthenticate');
    expect(again.json.SecondFactorAuthenticationToken).not.toBe(r.json.SecondFactorAuthenticationToken);
  });

  test('mfaReAuthenticateByOTP answers {SecondFactorValidationToken uuid, ExpireIn} for the current OTP', async () => {
    const r = await h.call('mfaReAuthenticateByOTP', { body: { otp: h.otp(h.user()) } });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(['ExpireIn', 'SecondFactorValidationToken']);
    expect(r.json.SecondFactorValidationToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.json.ExpireIn).toBe(new Date(T0 + 1_800_000).toISOString());
  });

  test("mfaUpdateSetting answers the full Identity profile of the token's user", async () => {
    const u = h.user('suspend', 'flow');
    const r = await h.call('mfaUpdateSetting', { role: 'flow', body: { otp: h.otp(u) } });
    expect(r.status).toBe(200);
    expect(r.json.Uid).toBe(u.uid);
    expect(r.json).toEqual({ ...u.profile, IsLoginLocked: false, LoginLockedType: 'None' });
  });

  test('unknown path → 404 envelope; wrong method on a known path → 405 envelope with Allow', async () => {
    const nf = await h.call('mfaReAuthenticate', { path: '/identity/v2/auth/nothing' });
    expect([nf.status, nf.json.ErrorCode, typeof nf.json.Description]).toEqual([404, 404, 'string']);
    const na = await h.call('mfaReAuthenticate', { method: 'POST', body: {} });
    expect([na.status, na.json.ErrorCode, na.headers.get('allow')]).toEqual([405, 405, 'GET']);
    const del = await h.call('mfaUpdateSetting', { method: 'DELETE' });
    expect([del.status, del.headers.get('allow')]).toEqual([405, 'PUT']);
  });
});

test.describe('startMock: options', () => {
  test('invalid options fail at once, naming the option and the fix', async () => {
    await expect(startMock({ port: -1 })).rejects.toThrow(/startMock: port -1 is invalid; pass an integer 0–65535/);
    await expect(startMock({ rateLimitRps: -3 })).rejects.toThrow(/rateLimitRps -3 is invalid/);
    await expect(startMock({ lockoutThreshold: 0 })).rejects.toThrow(/lockoutThreshold 0 is invalid/);
    await expect(startMock({ drift: ['nope' as never] })).rejects.toThrow(/unknown drift scenario\(s\) nope; valid ids: field-renamed/);
    await expect(startMock({ fixturePath: '/nonexistent/tenant.json' })).rejects.toThrow(
      /loadFixture\(\/nonexistent\/tenant.json\): cannot read/,
    );
  });

  test('lockoutThreshold overrides every tenant threshold', async () => {
    const h2 = await startHarness({ lockoutThreshold: 2 });
    try {
      for (let i = 0; i < 2; i += 1)
        expect((await h2.call('mfaReAuthenticateByOTP', { body: { otp: '000000' } })).json.ErrorCode).toBe(1067);
      expect((await h2.call('mfaReAuthenticateByOTP', { body: { otp: '000000' } })).json.ErrorCode).toBe(1198);
    } finally {
      await h2.mock.close();
    }
  });

  test('a taken port is reported with the fix', async () => {
    await expect(startMock({ port: h.mock.port })).rejects.toThrow(/cannot listen on 127.0.0.1:\d+ \(EADDRINUSE\); pick another port/);
  });
});

test.describe('startMock: admin surface', () => {
  test('state shows counters and locks but never secrets', async () => {
    await h.call('mfaReAuthenticateByOTP', { body: { otp: '000000' } });
    const { status, json } = await h.admin('GET', '/__mock/state');
    expect(status).toBe(200);
    const me = json.users.find((u: { uid: string }) => u.uid === h.user().uid);
    expect(me).toEqual({
      tenant: 'suspend',
      role: 'positive',
      uid: h.user().uid,
      failedAttempts: 1,
      locked: false,
      lockType: null,
      lockedUntil: null,
      usedOtpCount: 0,
      authenticatorEnrolled: true,
    });
    expect(json.internalErrors).toBe(0);
    const text = JSON.stringify(json);
    for (const u of h.mock.fixture.users) {
      expect(text).not.toContain(u.totpSecret);
      expect(text).not.toContain(u.accessTokens.valid);
    }
    for (const t of h.mock.fixture.tenants) {
      expect(text).not.toContain(t.apiKey);
      expect(text).not.toContain(t.apiSecret);
    }
    for (const u of h.mock.fixture.users) expect(text).not.toContain(u.password);
  });

  test('reset returns every user to the fixture and applies the overrides', async () => {
    await h.call('mfaReAuthenticateByOTP', { body: { otp: '000000' } });
    const { json } = await h.admin('POST', '/__mock/reset', { drift: ['additive-field'], rateLimitRps: 7, clockOffsetMs: 1000 });
    expect(json.users.every((u: { failedAttempts: number }) => u.failedAttempts === 0)).toBe(true);
    expect([json.drift, json.rateLimitRps, json.clockOffsetMs]).toEqual([['additive-field'], 7, 1000]);
    const plain = await h.admin('POST', '/__mock/reset');
    expect([plain.json.drift, plain.json.rateLimitRps, plain.json.clockOffsetMs]).toEqual([[], 0, 0]);
    const badDrift = await h.admin('POST', '/__mock/reset', { drift: ['bogus'] });
    expect(badDrift.status).toBe(400);
    expect(badDrift.json.error).toMatch(/unknown drift scenario\(s\) bogus; valid ids/);
    expect((await h.admin('POST', '/__mock/reset', { drift: 'additive-field' })).json.error).toMatch(
      /drift must be an array of scenario ids/,
    );
    expect((await h.admin('POST', '/__mock/reset', { rateLimitRps: '5' })).json.error).toMatch(/rateLimitRps 5 is invalid/);
    const notJson = await fetch(`${h.mock.url}/__mock/reset`, { method: 'POST', body: '{oops' });
    expect([notJson.status, (await notJson.json()).error]).toEqual([400, 'POST /__mock/reset: body must be a JSON object']);
  });

  test('requests log keeps names only, and ?since= pages', async () => {
    const before = (await h.admin('GET', '/__mock/requests')).json.lastSeq;
    await h.call('mfaReAuthenticate', { extraQuery: 'smstemplate2fa=tpl' });
    await h.call('mfaUpdateSetting', { body: { otp: '000000' } });
    const { json } = await h.admin('GET', `/__mock/requests?since=${before}`);
    expect(json.entries.map((e: any) => [e.method, e.path, e.queryNames, e.tenant, e.uid, e.status, e.errorCode])).toEqual([
      ['GET', '/identity/v2/auth/account/reauth/2fa', ['apikey', 'smstemplate2fa'], 'suspend', h.user().uid, 200, null],
      ['PUT', '/identity/v2/auth/account/2fa/verification/otp', ['apikey'], 'suspend', h.user().uid, 403, 1067],
    ]);
    expect(JSON.stringify(json)).not.toContain(h.tenant().apiKey);
    expect((await h.admin('GET', `/__mock/requests?since=${json.lastSeq}`)).json.entries).toEqual([]);
  });

  test('drift and clock endpoints validate input', async () => {
    expect((await h.admin('PUT', '/__mock/drift', { scenarios: 'x' })).status).toBe(400);
    expect((await h.admin('PUT', '/__mock/drift', { scenarios: ['additive-field'] })).json.active).toEqual(['additive-field']);
    expect((await h.admin('GET', '/__mock/drift')).json.available.length).toBeGreaterThanOrEqual(14);
    expect((await h.admin('PUT', '/__mock/clock', { offsetMs: 'soon' })).status).toBe(400);
    const clock = await h.admin('PUT', '/__mock/clock', { offsetMs: 60_000 });
    expect(clock.json.now).toBe(new Date(T0 + 60_000).toISOString());
    expect((await h.admin('GET', '/__mock/nothing')).status).toBe(404);
    expect((await h.admin('DELETE', '/__mock/state')).status).toBe(405);
  });
});

test.describe('startMock: rate limit', () => {
  test('per API key token bucket answers 429 with an integer Retry-After, other keys unaffected', async () => {
    h.mock.reset({ rateLimitRps: 2 });
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push((await h.call('mfaReAuthenticate')).status);
    expect(codes).toEqual([200, 200, 429]);
    const limited = await h.call('mfaReAuthenticate');
    expect(limited.json).toMatchObject({ ErrorCode: 429, IsProviderError: false });
    expect(limited.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect((await h.call('mfaReAuthenticate', { tenant: 'captcha' })).status).toBe(200);
    h.time.now += 1000;
    expect((await h.call('mfaReAuthenticate')).status).toBe(200);
  });

  test('off by default: 50 quick calls all pass', async () => {
    const statuses = await Promise.all(Array.from({ length: 50 }, () => h.call('mfaReAuthenticate').then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
