import { test, expect } from '@playwright/test';
import { mockPerFile, T0 } from '../helpers/mockHarness.ts';
import type { Op } from '../helpers/mockHarness.ts';
import type { TenantName } from '../../../mock/fixtures/fixtureTypes.ts';

const h = mockPerFile();

async function failTimes(tenant: TenantName, n: number, op: Op = 'mfaReAuthenticateByOTP'): Promise<number[]> {
  const codes: number[] = [];
  for (let i = 0; i < n; i += 1) codes.push((await h.call(op, { tenant, role: 'flow', body: { otp: '000000' } })).json.ErrorCode);
  return codes;
}
const put = (tenant: TenantName, body: Record<string, unknown>, op: Op = 'mfaReAuthenticateByOTP') =>
  h.call(op, { tenant, role: 'flow', body });
const stateOf = async (tenant: TenantName) =>
  (await h.admin('GET', '/__mock/state')).json.users.find((u: any) => u.tenant === tenant && u.role === 'flow');

test.describe('lockoutGate: full cycle per lockout type (threshold 5)', () => {
  test('Suspend: 5 failures lock → 1198 with Data.LoginLockedTimeout (GET too) → unlocks when the period passes → success', async () => {
    expect(await failTimes('suspend', 5)).toEqual([1067, 1067, 1067, 1067, 1067]);
    const locked = await put('suspend', { otp: h.otp(h.user('suspend', 'flow')) });
    expect([locked.status, locked.json.ErrorCode]).toEqual([403, 1198]);
    expect(locked.json.Data.LoginLockedTimeout).toBe(new Date(T0 + 900_000).toISOString());
    expect((await h.call('mfaReAuthenticate', { tenant: 'suspend', role: 'flow' })).json.ErrorCode).toBe(1198);
    expect(await stateOf('suspend')).toMatchObject({ locked: true, lockType: 'Suspend', failedAttempts: 5 });
    h.time.now = T0 + 899_000;
    expect((await put('suspend', { otp: h.otp(h.user('suspend', 'flow')) })).json.ErrorCode).toBe(1198);
    h.time.now = T0 + 900_000;
    const ok = await put('suspend', { otp: h.otp(h.user('suspend', 'flow')) }, 'mfaUpdateSetting');
    expect(ok.status).toBe(200);
    expect([ok.json.IsLoginLocked, ok.json.LoginLockedType]).toEqual([false, 'None']);
  });

  test('Suspend via the admin clock offset instead of the injected clock', async () => {
    await failTimes('suspend', 5);
    expect((await h.admin('PUT', '/__mock/clock', { offsetMs: 901_000 })).status).toBe(200);
    expect((await put('suspend', { otp: h.otp(h.user('suspend', 'flow')) })).status).toBe(200);
  });

  test('Captcha: 1132 until a valid captcha; invalid reCAPTCHA/hCaptcha → 982, bad or half QQ pair → 1218; each provider unlocks', async () => {
    const tokens = h.tenant('captcha').captchaTestTokens;
    const u = h.user('captcha', 'flow');
    for (const [provider, good] of [
      ['recaptcha', { 'g-recaptcha-response': tokens.recaptcha }],
      ['hcaptcha', { 'h-captcha-response': tokens.hcaptcha }],
      ['qq', { qq_captcha_ticket: tokens.qqTicket, qq_captcha_randstr: tokens.qqRandstr }],
    ] as const) {
      h.mock.reset();
      h.time.now = T0;
      await failTimes('captcha', 5);
      expect([provider, (await put('captcha', { otp: h.otp(u) })).json.ErrorCode]).toEqual([provider, 1132]);
      expect((await h.call('mfaReAuthenticate', { tenant: 'captcha', role: 'flow' })).json.ErrorCode).toBe(1132);
      expect((await put('captcha', { otp: h.otp(u), 'g-recaptcha-response': 'wrong' })).json.ErrorCode).toBe(982);
      expect((await put('captcha', { otp: h.otp(u), 'h-captcha-response': 'wrong' })).json.ErrorCode).toBe(982);
      expect((await put('captcha', { otp: h.otp(u), qq_captcha_ticket: tokens.qqTicket })).json.ErrorCode).toBe(1218);
      expect((await put('captcha', { otp: h.otp(u), qq_captcha_ticket: tokens.qqTicket, qq_captcha_randstr: 'x' })).json.ErrorCode).toBe(
        1218,
      );
      // A valid captcha with a wrong OTP: the OTP is verified normally and the lock stays.
      expect((await put('captcha', { otp: '000000', ...good })).json.ErrorCode).toBe(1067);
      expect((await put('captcha', { otp: h.otp(u) })).json.ErrorCode).toBe(1132);
      const ok = await put('captcha', { otp: h.otp(u), ...good });
      expect([provider, ok.status]).toEqual([provider, 200]);
      expect(await stateOf('captcha')).toMatchObject({ locked: false, failedAttempts: 0 });
    }
  });

  test('SecurityQuestion: 1148 until correct answers; wrong answer → 1093, unknown id → 1094; then success', async () => {
    const u = h.user('securityquestion', 'flow');
    const [q1, q2] = u.securityQuestions;
    await failTimes('securityquestion', 5);
    expect((await put('securityquestion', { otp: h.otp(u) })).json.ErrorCode).toBe(1148);
    expect((await put('securityquestion', { otp: h.otp(u), securityanswer: {} })).json.ErrorCode).toBe(1148);
    expect((await h.call('mfaReAuthenticate', { tenant: 'securityquestion', role: 'flow' })).json.ErrorCode).toBe(1148);
    expect((await put('securityquestion', { otp: h.otp(u), securityanswer: { [q1!.questionId]: 'nope' } })).json.ErrorCode).toBe(1093);
    expect((await put('securityquestion', { otp: h.otp(u), securityanswer: { ['f'.repeat(32)]: q1!.answer } })).json.ErrorCode).toBe(1094);
    expect(await stateOf('securityquestion')).toMatchObject({ locked: true, lockType: 'SecurityQuestion' });
    const ok = await put(
      'securityquestion',
      { otp: h.otp(u), SecurityAnswer: { [q1!.questionId]: q1!.answer, [q2!.questionId.toUpperCase()]: q2!.answer } },
      'mfaUpdateSetting',
    );
    expect(ok.status).toBe(200);
    expect(ok.json.IsLoginLocked).toBe(false);
  });

  test('Block: 991 for everything, including a correct OTP with challenges, until /__mock/reset', async () => {
    const u = h.user('block', 'flow');
    await failTimes('block', 5);
    expect(
      (await put('block', { otp: h.otp(u), securityanswer: { [u.securityQuestions[0]!.questionId]: u.securityQuestions[0]!.answer } })).json
        .ErrorCode,
    ).toBe(991);
    expect((await h.call('mfaReAuthenticate', { tenant: 'block', role: 'flow' })).json.ErrorCode).toBe(991);
    h.time.now += 10 * 86_400_000;
    expect((await put('block', { otp: h.otp(u) })).json.ErrorCode).toBe(991);
    await h.admin('POST', '/__mock/reset');
    expect((await put('block', { otp: h.otp(u) })).status).toBe(200);
  });
});

test.describe('lockoutGate: counter rules', () => {
  test('a correct OTP before the threshold resets the counter', async () => {
    const u = h.user('suspend', 'flow');
    await failTimes('suspend', 4);
    expect((await put('suspend', { otp: h.otp(u) })).status).toBe(200);
    expect((await stateOf('suspend')).failedAttempts).toBe(0);
    expect(await failTimes('suspend', 4)).toEqual([1067, 1067, 1067, 1067]);
    h.time.now += 30_000;
    expect((await put('suspend', { otp: h.otp(u) })).status).toBe(200);
  });

  test('failures on either PUT count towards the same lock; lockout fields are ignored while unlocked', async () => {
    await failTimes('captcha', 3, 'mfaUpdateSetting');
    await failTimes('captcha', 2, 'mfaReAuthenticateByOTP');
    expect((await put('captcha', { otp: '000000' })).json.ErrorCode).toBe(1132);
    h.mock.reset();
    const u = h.user('captcha', 'flow');
    expect((await put('captcha', { otp: h.otp(u), 'g-recaptcha-response': 'wrong', securityanswer: { x: 'y' } })).status).toBe(200);
  });

  test('profile reflects the lock while the lockout is not enforced (drift) ', async () => {
    await failTimes('captcha', 5);
    h.mock.setDrift(['lockout-not-enforced']);
    // Request that fails again keeps the lock; the profile of a success shows state after unlocking.
    const r = await h.call('mfaUpdateSetting', { tenant: 'captcha', role: 'flow', body: { otp: '000000' } });
    expect(r.json.ErrorCode).toBe(1067);
    expect(await stateOf('captcha')).toMatchObject({ locked: true, lockType: 'Captcha', failedAttempts: 6 });
  });
});
