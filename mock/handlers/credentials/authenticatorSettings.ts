/**
 * The authenticator part of the MFA settings object: enrolled accounts get empty QRCode and
 * ManualEntryCode; an account still to enrol gets a new pending secret (base32) and its otpauth URI.
 */
import { Secret } from 'otpauth';
import type { UserState } from '../../state/userState.ts';

export function authenticatorSettings(user: UserState): Record<string, unknown> {
  if (!user.authenticatorEnrolled) {
    user.pendingSecret ??= new Secret({ size: 20 }).base32;
    const label = encodeURIComponent(user.fixture.email);
    return {
      QRCode: `otpauth://totp/LoginRadius:${label}?secret=${user.pendingSecret}&issuer=LoginRadius`,
      ManualEntryCode: user.pendingSecret,
      IsGoogleAuthenticatorVerified: false,
      IsAuthenticatorVerified: false,
    };
  }
  return { QRCode: '', ManualEntryCode: '', IsGoogleAuthenticatorVerified: true, IsAuthenticatorVerified: true };
}

/** Verdict of a code against the enrolled secret, or against the pending one during enrolment. */
export function checkAuthenticatorCode(user: UserState, code: string, now: number): 'ok' | 'used' | 'expired' | 'invalid' {
  if (user.authenticatorEnrolled) return user.otp.verify(code, now);
  if (user.pendingSecret === null) return 'invalid';
  const pending = user.pendingSecret;
  user.enrol(pending);
  const verdict = user.otp.verify(code, now);
  if (verdict !== 'ok') {
    user.unenrol();
    user.pendingSecret = pending;
  }
  return verdict;
}
