import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadMockCredentials, secretsOf } from '../../../loginradius/config/mockCredentials.ts';

// A small fixture of our own (one Captcha tenant, no unauthorised keys) in the brief's shape.
const SMALL = fileURLToPath(new URL('./fixtures/captcha-only.json', import.meta.url));

test.describe('loadMockCredentials', () => {
  test('builds one credential set per role from the tenant with the requested lockout type', () => {
    const { credentials, tenant } = loadMockCredentials(SMALL, 'Captcha');
    expect(tenant.lockout.type).toBe('Captcha');
    expect(credentials.positive.apiKey).toBe(credentials.flow.apiKey);
    expect(credentials.positive.accessToken).not.toBe(credentials.negative.accessToken);
    expect(credentials.positive.unauthorisedApiKey).toBeUndefined();
    expect(Object.keys(credentials.positive.captcha ?? {}).sort()).toEqual([
      'hcaptchaResponse',
      'qqRandstr',
      'qqTicket',
      'recaptchaResponse',
    ]);
  });

  test('a lockout type the fixture lacks names the file and the type', () => {
    expect(() => loadMockCredentials(SMALL, 'Block')).toThrow(/captcha-only\.json has no tenant with lockout type Block/);
  });

  test('secretsOf lists every secret string but not the unauthorised key', () => {
    const c = {
      apiKey: 'k',
      unauthorisedApiKey: 'u',
      accessToken: 'a',
      totpSecret: 't',
      expiredAccessToken: 'e',
      securityAnswers: { q: 's' },
      captcha: { recaptchaResponse: 'r', qqTicket: 'q' },
    };
    expect(secretsOf(c).sort()).toEqual(['a', 'e', 'k', 'q', 'r', 's', 't']);
  });
});
