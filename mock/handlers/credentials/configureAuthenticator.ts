/**
 * `GET /identity/v2/auth/account/2fa` (access token): the account's MFA settings; an account without
 * an enrolled authenticator gets a pending secret to verify (ManualEntryCode, QRCode).
 */
import { authenticatorSettings } from './authenticatorSettings.ts';
import { tenantOf, userOfToken, type CredentialContext } from './credentialContext.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function configureAuthenticator(ctx: CredentialContext): MockResponse {
  const tenant = tenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const fixture = userOfToken(ctx, tenant.value);
  if ('error' in fixture) return fixture.error;
  const user = ctx.state.user(fixture.value.uid);
  return { status: 200, body: { ...authenticatorSettings(user), IsOTPAuthenticatorVerified: true, OTPPhoneNo: null, OTPStatus: null } };
}
