/**
 * `POST /identity/v2/auth/login/2fa`: email + password. With MFA on (always, on the mock) the answer
 * carries `SecondFactorAuthentication` (the token for the verification step, and the authenticator
 * settings: a fresh secret when none is enrolled) and an all-zero access_token. A wrong password
 * answers 1200 and counts towards the lockout.
 */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { iso } from '../pipelineContext.ts';
import { authenticatorSettings } from './authenticatorSettings.ts';
import { bodyOf, field, tenantOf, type CredentialContext } from './credentialContext.ts';
import { lockedError } from './lockedError.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

const NO_TOKEN = '00000000-0000-0000-0000-000000000000';

export function loginByEmail(ctx: CredentialContext): MockResponse {
  const tenant = tenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const body = bodyOf(ctx);
  if ('error' in body) return body.error;
  const email = field(body.value, 'email').trim().toLowerCase();
  const password = field(body.value, 'password');
  if (email === '') return errorResponse('emailMissing');
  if (password === '') return errorResponse('passwordMissing');
  const fixture = ctx.state.userByEmail.get(email);
  if (!fixture || fixture.tenant !== tenant.value.name) return errorResponse('loginInvalid');
  const user = ctx.state.user(fixture.uid);
  const locked = lockedError(user, ctx.now);
  if (locked) return locked;
  if (password !== fixture.password) {
    user.recordFailure(ctx.now);
    return errorResponse('loginInvalid');
  }
  const login = ctx.state.issued.startLogin(fixture, ctx.now);
  return {
    status: 200,
    body: {
      SecondFactorAuthentication: {
        SecondFactorAuthenticationToken: login.token,
        ExpireIn: iso(login.expiresAt),
        ...authenticatorSettings(user),
        IsOTPAuthenticatorVerified: true,
        OTPPhoneNo: null,
        OTPStatus: null,
      },
      access_token: NO_TOKEN,
      expires_in: iso(ctx.now),
      Profile: null,
    },
  };
}
