/**
 * `PUT /identity/v2/auth/login/2fa/verification/authenticatorcode?secondfactorauthenticationtoken=`:
 * the second step of the MFA login. A correct code (of the enrolled secret, or of the pending one,
 * which enrols it) ends the login with a token pair and the profile; a wrong one counts towards the lockout.
 */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { redeemQueryToken, tenantOf, type CredentialContext } from './credentialContext.ts';
import { judgeAuthenticatorCode } from './judgeAuthenticatorCode.ts';
import { tokenBody } from './tokenBody.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function loginVerifyAuthenticator(ctx: CredentialContext): MockResponse {
  const tenant = tenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const login = redeemQueryToken(ctx, 'secondfactorauthenticationtoken', (t, now) => ctx.state.issued.login(t, now));
  if ('error' in login) return login.error;
  const { token, redeemed: fixture } = login.value;
  if (fixture.tenant !== tenant.value.name) return errorResponse('sfaTokenInvalid');
  const judged = judgeAuthenticatorCode(ctx, fixture.uid);
  if ('refused' in judged) return judged.refused;
  const { user } = judged;
  ctx.state.issued.endLogin(token);
  const pair = ctx.state.issued.issue(fixture, ctx.now);
  return { status: 200, body: { ...tokenBody(pair), Profile: { ...fixture.profile, ...user.profileLock(ctx.now) } } };
}
