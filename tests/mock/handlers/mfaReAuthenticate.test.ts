import { test, expect } from '@playwright/test';
import { mockPerFile } from '../helpers/mockHarness.ts';

const h = mockPerFile();

test.describe('mfaReAuthenticate: query quirks', () => {
  test('isvoiceotp true/True/false/False/empty/absent accepted (voice on for the captcha tenant); other values → 400/908 naming it', async () => {
    for (const v of ['true', 'True', 'TRUE', 'false', 'False', '']) {
      const r = await h.call('mfaReAuthenticate', { tenant: 'captcha', extraQuery: `isVoiceOtp=${v}` });
      expect([v, r.status]).toEqual([v, 200]);
    }
    for (const v of ['1', 'yes', 'truee', 'true,true']) {
      const r = await h.call('mfaReAuthenticate', { tenant: 'captcha', extraQuery: `isvoiceotp=${encodeURIComponent(v)}` });
      expect([v, r.status, r.json.ErrorCode]).toEqual([v, 400, 908]);
      expect(r.json.Description).toContain('isvoiceotp');
    }
  });

  test('isvoiceotp=true on a tenant without voice OTP → 403/1281; false is fine', async () => {
    const r = await h.call('mfaReAuthenticate', { extraQuery: 'IsVoiceOtp=True' });
    expect([r.status, r.json.ErrorCode]).toEqual([403, 1281]);
    expect((await h.call('mfaReAuthenticate', { extraQuery: 'isvoiceotp=false' })).status).toBe(200);
  });

  test('path and query names are case-insensitive; a trailing slash is ignored', async () => {
    const key = h.tenant().apiKey;
    for (const path of ['/Identity/V2/Auth/Account/ReAuth/2FA', '/IDENTITY/v2/auth/account/reauth/2fa/']) {
      const r = await h.call('mfaReAuthenticate', { path, query: `ApiKey=${key}&SmsTemplate2FA=tpl&DuoRedirectUri=x` });
      expect([path, r.status]).toEqual([path, 200]);
    }
    const put = await h.call('mfaUpdateSetting', {
      path: '/identity/v2/auth/account/2FA/Verification/otp',
      query: `APIKEY=${key}&Fields=Uid`,
      body: { otp: h.otp(h.user()) },
    });
    expect(put.json).toEqual({ Uid: h.user().uid });
  });
});
