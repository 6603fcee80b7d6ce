/**
 * `PUT /identity/v2/auth/account/2fa/verification/authenticatorcode` (access token): verifies a code of
 * the pending secret, which enrols it; answers the profile. Wrong codes count towards the lockout.
 */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { checkAuthenticatorCode } from './authenticatorSettings.ts';
import { codeVerdictError } from './codeVerdictError.ts';
import { bodyOf, field, tenantOf, userOfToken, type CredentialContext } from './credentialContext.ts';
import { lockedError } from './lockedError.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function verifyAuthenticator(ctx: CredentialContext): MockResponse {
  const tenant = tenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const fixture = userOfToken(ctx, tenant.value);
  if ('error' in fixture) return fixture.error;
  const body = bodyOf(ctx);
  if ('error' in body) return body.error;
  const code = field(body.value, 'authenticatorcode').trim();
  if (code === '') return errorResponse('authenticatorCodeMissing');
  const user = ctx.state.user(fixture.value.uid);
  const locked = lockedError(user, ctx.now);
  if (locked) return locked;
  const verdict = checkAuthenticatorCode(user, code, ctx.now);
  if (verdict !== 'ok') {
    user.recordFailure(ctx.now);
    return codeVerdictError(verdict);
  }
  user.recordSuccess();
  return { status: 200, body: { ...fixture.value.profile, ...user.profileLock(ctx.now) } };
}
