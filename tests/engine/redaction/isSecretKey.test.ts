import { test, expect } from '@playwright/test';
import { isSecretKey } from '../../../engine/redaction/isSecretKey.ts';

test('isSecretKey: secret names in any case and separator style; ordinary names are not', () => {
  const secret = ['apikey', 'APIKEY', 'access_token', 'Access-Token', 'authorization', 'otp', 'OTP', 'securityanswer',
    'g-recaptcha-response', 'qq_captcha_ticket', 'qq_captcha_randstr', 'h-captcha-response', 'password', 'token', 'secret',
    'X-LoginRadius-ApiSecret', 'X-LoginRadius-ApiKey', 'SecondFactorValidationToken', 'ManualEntryCode', 'Cookie'];
  const ordinary = ['isvoiceotp', 'smstemplate2fa', 'fields', 'duoredirecturi', 'Content-Type', 'ErrorCode', 'dedupKey', 'Uid', ''];
  for (const name of secret) expect(isSecretKey(name), name).toBe(true);
  for (const name of ordinary) expect(isSecretKey(name), name).toBe(false);
});
