/**
 * The vendor calls that yield a token pair: the two-step MFA login by email (password, then an
 * authenticator code), the token by UID and the refresh (both with the API secret). Each answers an
 * `ObtainedToken` or throws a `CredentialError` naming the variable to fix.
 */
import { credentialError } from './credentialError.ts';
import { obtainedToken, type ObtainedToken } from './obtainedToken.ts';
import type { VendorCall } from './vendorCall.ts';

const SECRET_HEADER = 'X-LoginRadius-ApiSecret';

/** Step 1 alone: checks email and password without spending a one-time code. Answers the second-factor token. */
export async function startMfaLogin(call: VendorCall, apiKey: string, email: string, password: string): Promise<string> {
  const answer = await call({ method: 'POST', path: '/identity/v2/auth/login/2fa', query: { apikey: apiKey }, body: { email, password } });
  const sfa = (answer.json?.['SecondFactorAuthentication'] as Record<string, unknown> | null | undefined)?.[
    'SecondFactorAuthenticationToken'
  ];
  if (answer.status !== 200) throw credentialError('the MFA login', answer);
  if (typeof sfa !== 'string' || sfa === '')
    throw credentialError('the MFA login answered no SecondFactorAuthenticationToken: is MFA with an authenticator enabled?', answer);
  return sfa;
}

export async function finishMfaLogin(
  call: VendorCall,
  apiKey: string,
  sfaToken: string,
  code: string,
  now: number,
): Promise<ObtainedToken> {
  const answer = await call({
    method: 'PUT',
    path: '/identity/v2/auth/login/2fa/verification/authenticatorcode',
    query: { apikey: apiKey, secondfactorauthenticationtoken: sfaToken },
    body: { authenticatorcode: code },
  });
  const token = obtainedToken(answer, now);
  if (!token) throw credentialError('the authenticator step of the MFA login', answer);
  return token;
}

export async function tokenByUid(call: VendorCall, apiKey: string, apiSecret: string, uid: string, now: number): Promise<ObtainedToken> {
  const answer = await call({
    method: 'GET',
    path: '/identity/v2/manage/account/access_token',
    query: { apikey: apiKey, uid },
    headers: { [SECRET_HEADER]: apiSecret },
  });
  const token = obtainedToken(answer, now);
  if (!token) throw credentialError('the token by UID', answer);
  return token;
}

/** Spends the single-use refresh token; undefined when the vendor refuses it (the caller obtains anew). */
export async function refreshByToken(
  call: VendorCall,
  apiKey: string,
  apiSecret: string,
  refreshToken: string,
  now: number,
): Promise<ObtainedToken | undefined> {
  const answer = await call({
    method: 'GET',
    path: '/identity/v2/manage/account/access_token/refresh',
    query: { apikey: apiKey, refresh_token: refreshToken },
    headers: { [SECRET_HEADER]: apiSecret },
  });
  return obtainedToken(answer, now);
}
