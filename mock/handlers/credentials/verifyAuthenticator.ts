/**
 * `PUT /identity/v2/auth/account/2fa/verification/authenticatorcode` (access token): verifies a code of
 * the pending secret, which enrols it; answers the profile. Wrong codes count towards the lockout.
 */
import { tenantOf, userOfToken, type CredentialContext } from './credentialContext.ts';
import { judgeAuthenticatorCode } from './judgeAuthenticatorCode.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function verifyAuthenticator(ctx: CredentialContext): MockResponse {
  const tenant = tenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const fixture = userOfToken(ctx, tenant.value);
  if ('error' in fixture) return fixture.error;
  const judged = judgeAuthenticatorCode(ctx, fixture.value.uid);
  if ('refused' in judged) return judged.refused;
  const { user } = judged;
  return { status: 200, body: { ...fixture.value.profile, ...user.profileLock(ctx.now) } };
}
