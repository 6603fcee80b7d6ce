/**
 * Decides whether a JSON key, query parameter or header name holds a secret.
 * Names are compared after lower-casing and dropping `-`, `_`, `.` and spaces, because the
 * vendor matches names case-insensitively (`Access_Token`, `access-token` and `ACCESSTOKEN`
 * all reach the same field).
 */

/** Names that are secrets only when they match exactly (as substrings they are too common: `isvoiceotp`). */
export const EXACT_SECRET_KEYS: ReadonlySet<string> = new Set([
  'otp',
  'securityanswer',
  'grecaptcharesponse',
  'hcaptcharesponse',
  'qqcaptchaticket',
  'qqcaptcharandstr',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'sott',
  'xapikey',
  // The MFA settings response carries the TOTP secret in these two fields.
  'manualentrycode',
  'qrcode',
]);

/** Any name containing one of these is a secret (`access_token`, `SecondFactorValidationToken`, `X-LoginRadius-ApiSecret`). */
export const SECRET_KEY_MARKERS: readonly string[] = [
  'token',
  'secret',
  'password',
  'passwd',
  'apikey',
  'credential',
  'captcha',
  'privatekey',
  'totp',
];

export function normaliseKey(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

export function isSecretKey(name: string): boolean {
  const key = normaliseKey(name);
  if (key.length === 0) return false;
  if (EXACT_SECRET_KEYS.has(key)) return true;
  return SECRET_KEY_MARKERS.some((marker) => key.includes(marker));
}
