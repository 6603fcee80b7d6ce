import { test, expect } from '@playwright/test';
import { mockPerFile, T0 } from '../helpers/mockHarness.ts';

const h = mockPerFile();

const ops = ['mfaUpdateSetting', 'mfaReAuthenticateByOTP'] as const;

test.describe('parseOtpBody: request shape', () => {
  test('Content-Type other than JSON or form → 400/1083; charset parameter and case are fine', async () => {
    for (const op of ops) {
      for (const ct of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x']) {
        const r = await h.call(op, { headers: { 'content-type': ct }, body: { otp: h.otp(h.user()) } });
        expect([op, ct, r.status, r.json.ErrorCode]).toEqual([op, ct, 400, 1083]);
      }
      const ok = await h.call(op, { headers: { 'content-type': 'Application/JSON; charset=UTF-8' }, body: { otp: h.otp(h.user()) } });
      expect(ok.status).toBe(200);
      h.time.now += 30_000;
    }
  });

  test('invalid JSON, empty body, or JSON that is not an object → 400/1079', async () => {
    for (const raw of ['{"otp":', '', '[]', '"123456"', 'null', '42']) {
      const r = await h.call('mfaReAuthenticateByOTP', { rawBody: raw });
      expect([raw, r.status, r.json.ErrorCode]).toEqual([raw, 400, 1079]);
    }
  });

  test('missing, null or empty otp → 400/908 naming otp', async () => {
    for (const body of [{}, { otp: null }, { otp: '' }, { other: '123456' }]) {
      const r = await h.call('mfaUpdateSetting', { body });
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({ ErrorCode: 908, Description: 'The otp is a required parameter.' });
    }
  });

  test('wrong JSON types → 403/1134 with Errors[] naming every bad field', async () => {
    const r = await h.call('mfaUpdateSetting', {
      body: { otp: true, 'g-recaptcha-response': 5, securityanswer: { q: 1 }, qq_captcha_ticket: [] },
    });
    expect(r.status).toBe(403);
    expect(r.json.ErrorCode).toBe(1134);
    expect(r.json.Errors.map((e: { FieldName: string }) => e.FieldName).sort()).toEqual([
      'g-recaptcha-response',
      'otp',
      'qq_captcha_ticket',
      'securityanswer',
    ]);
    expect(r.json.Errors.every((e: { ErrorMessage: unknown }) => typeof e.ErrorMessage === 'string')).toBe(true);
    for (const bad of [
      { otp: {} },
      { otp: ['1'] },
      { otp: '1', securityanswer: 'x' },
      { otp: '1', securityanswer: ['a'] },
      { otp: '1', 'h-captcha-response': false },
    ])
      expect((await h.call('mfaReAuthenticateByOTP', { body: bad })).json.ErrorCode).toBe(1134);
  });

  test('a numeric otp is coerced to a string and verified', async () => {
    const code = h.otp(h.user());
    h.time.now = T0; // same step
    const r = await h.call('mfaReAuthenticateByOTP', { rawBody: `{"otp": ${Number(code)}}` });
    // Leading zeros are lost by the number, exactly as the vendor's binder would lose them.
    expect(r.status).toBe(code.startsWith('0') ? 403 : 200);
  });

  test('body keys match case-insensitively; unknown keys are ignored', async () => {
    for (const key of ['otp', 'OTP', 'Otp', 'oTp']) {
      const r = await h.call('mfaReAuthenticateByOTP', {
        rawBody: JSON.stringify({ [key]: h.otp(h.user()), UnknownThing: { deep: [1, 2] } }),
      });
      expect([key, r.status]).toEqual([key, 200]);
      h.time.now += 30_000;
    }
  });

  test('application/x-www-form-urlencoded bodies are accepted', async () => {
    const r = await h.call('mfaReAuthenticateByOTP', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      rawBody: `OTP=${h.otp(h.user())}`,
    });
    expect(r.status).toBe(200);
  });

  test('wrong OTP forms (non-digits, wrong length, spaces, whitespace only) → 403/1067', async () => {
    const good = h.otp(h.user());
    for (const otp of ['abcdef', '12345', '1234567', ` ${good}`, `${good} `, '   ', '12 456']) {
      const r = await h.call('mfaUpdateSetting', { role: 'negative', body: { otp } });
      expect([otp, r.status, r.json.ErrorCode]).toEqual([otp, 403, 1067]);
      h.mock.reset();
    }
  });
});
