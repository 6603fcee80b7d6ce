import { test, expect } from '@playwright/test';
import { secretKeyTest } from '../../../engine/redaction/secretKeyTest.ts';
import { LOGINRADIUS_SECRET_KEYS } from '../../../loginradius/credentials/secretKeys.ts';

const isSecretKey = secretKeyTest(LOGINRADIUS_SECRET_KEYS);

test('LoginRadius secret names in any case and separator style; ordinary names are not', () => {
  const secret = [
    'apikey',
    'APIKEY',
    'access_token',
    'Access-Token',
    'authorization',
    'otp',
    'OTP',
    'securityanswer',
    'g-recaptcha-response',
    'qq_captcha_ticket',
    'qq_captcha_randstr',
    'h-captcha-response',
    'password',
    'token',
    'secret',
    'X-LoginRadius-ApiSecret',
    'X-LoginRadius-ApiKey',
    'SecondFactorValidationToken',
    'ManualEntryCode',
    'Cookie',
    'refresh_token',
    'LR_LOGIN_PASSWORD',
    'X-LoginRadius-ApiSecret',
  ];
  const ordinary = [
    'isvoiceotp',
    'smstemplate2fa',
    'fields',
    'duoredirecturi',
    'Content-Type',
    'ErrorCode',
    'dedupKey',
    'Uid',
    'tokenRefreshes',
    '',
  ];
  for (const name of secret) expect(isSecretKey(name), name).toBe(true);
  for (const name of ordinary) expect(isSecretKey(name), name).toBe(false);
});

test('the generic names alone know no vendor field: otp and captcha need the pack', () => {
  const generic = secretKeyTest();
  for (const name of ['access_token', 'Authorization', 'X-Api-Secret', 'password']) expect(generic(name), name).toBe(true);
  for (const name of ['otp', 'securityanswer', 'g-recaptcha-response', 'ManualEntryCode']) expect(generic(name), name).toBe(false);
});
