/**
 * `PUT /identity/v2/auth/login/2fa/verification/authenticatorcode?secondfactorauthenticationtoken=`:
 * the second step of the MFA login. A correct code (of the enrolled secret, or of the pending one,
 * which enrols it) ends the login with a token pair and the profile; a wrong one counts towards the lockout.
 */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { checkAuthenticatorCode } from './authenticatorSettings.ts';
import { codeVerdictError } from './codeVerdictError.ts';
import { bodyOf, field, tenantOf, type CredentialContext } from './credentialContext.ts';
import { lockedError } from './lockedError.ts';
import { tokenBody } from './tokenBody.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function loginVerifyAuthenticator(ctx: CredentialContext): MockResponse {
  const tenant = tenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const token = (ctx.request.query.get('secondfactorauthenticationtoken') ?? '').trim();
  if (token === '') return errorResponse('sfaTokenMissing');
  const login = ctx.state.issued.login(token, ctx.now);
  if ('error' in login) return errorResponse(login.error === 'expired' ? 'sfaTokenExpired' : 'sfaTokenInvalid');
  if (login.ok.tenant !== tenant.value.name) return errorResponse('sfaTokenInvalid');
  const body = bodyOf(ctx);
  if ('error' in body) return body.error;
  const code = field(body.value, 'authenticatorcode').trim();
  if (code === '') return errorResponse('authenticatorCodeMissing');
  const user = ctx.state.user(login.ok.uid);
  const locked = lockedError(user, ctx.now);
  if (locked) return locked;
  const verdict = checkAuthenticatorCode(user, code, ctx.now);
  if (verdict !== 'ok') {
    user.recordFailure(ctx.now);
    return codeVerdictError(verdict);
  }
  user.recordSuccess();
  ctx.state.issued.endLogin(token);
  const pair = ctx.state.issued.issue(login.ok, ctx.now);
  return { status: 200, body: { ...tokenBody(pair), Profile: { ...login.ok.profile, ...user.profileLock(ctx.now) } } };
}
