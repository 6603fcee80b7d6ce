/**
 * The names whose values LoginRadius treats as secrets, besides the generic ones (tokens,
 * passwords, API keys): the one-time code, the lockout answers and captcha tokens, the SOTT, and
 * the two MFA-settings fields that carry the TOTP secret (`ManualEntryCode`, `QRCode`).
 */
import type { SecretKeyNames } from '../../engine/redaction/secretKeyTest.ts';

export const LOGINRADIUS_SECRET_KEYS: SecretKeyNames = {
  exact: [
    'otp',
    'securityanswer',
    'grecaptcharesponse',
    'hcaptcharesponse',
    'qqcaptchaticket',
    'qqcaptcharandstr',
    'sott',
    'manualentrycode',
    'qrcode',
  ],
  markers: ['captcha', 'totp'],
};
