/**
 * The RFC 6238 code of a base32 secret at a time. Lives in core/case (the stateful flows and the
 * fresh-OTP source need it too); re-exported here so generators keep one import place.
 */
export { totpCode, totpStep, TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '../otp/totpCode.ts';
