/**
 * Enrols the test user's authenticator if it is not verified yet, and verifies it with a code computed
 * from the new secret. By login (email + password: the login answers the secret to enrol, the login's
 * authenticator step verifies it) or by API secret + uid (a token by UID, then the account's MFA
 * settings and their verification). An enrolled user is left as it is.
 */
import { totpCode } from '../otp/totpCode.ts';
import { credentialError } from './credentialError.ts';
import type { VendorCall } from './vendorCall.ts';
import { finishMfaLogin, tokenByUid } from './vendorTokenCalls.ts';

export type EnrolOutcome =
  | { readonly kind: 'already-enrolled' }
  /** Not enrolled, and the caller had nowhere to put the secret (`mayEnrol` false): nothing changed. */
  | { readonly kind: 'not-enrolled' }
  | { readonly kind: 'enrolled'; readonly totpSecret: string };

export interface EnrolAccount {
  readonly apiKey: string;
  readonly login?: { readonly email: string; readonly password: string };
  readonly apiSecret?: string;
  readonly uid?: string;
}

type Settings = Record<string, unknown> | undefined;
const pendingSecret = (s: Settings): string | undefined =>
  s?.['IsAuthenticatorVerified'] === true || typeof s?.['ManualEntryCode'] !== 'string' || s['ManualEntryCode'] === ''
    ? undefined
    : String(s['ManualEntryCode']).replace(/\s/g, '').toUpperCase();

/** `mayEnrol`: false only checks (the secret of a verified enrolment cannot be read back later). */
export async function enrollAuthenticator(
  call: VendorCall,
  a: EnrolAccount,
  mayEnrol: boolean,
  now: () => number = Date.now,
): Promise<EnrolOutcome> {
  if (a.apiSecret !== undefined && a.uid !== undefined) {
    const token = (await tokenByUid(call, a.apiKey, a.apiSecret, a.uid, now())).accessToken;
    const auth = { authorization: `Bearer ${token}` };
    const settings = await call({ method: 'GET', path: '/identity/v2/auth/account/2fa', query: { apikey: a.apiKey }, headers: auth });
    if (settings.status !== 200) throw credentialError('reading the MFA settings', settings);
    const secret = pendingSecret(settings.json);
    if (secret === undefined) return { kind: 'already-enrolled' };
    if (!mayEnrol) return { kind: 'not-enrolled' };
    const verified = await call({
      method: 'PUT',
      path: '/identity/v2/auth/account/2fa/verification/authenticatorcode',
      query: { apikey: a.apiKey },
      headers: auth,
      body: { authenticatorcode: totpCode(secret, now()) },
    });
    if (verified.status !== 200) throw credentialError('verifying the new authenticator', verified);
    return { kind: 'enrolled', totpSecret: secret };
  }
  const { email, password } = a.login!;
  const first = await call({ method: 'POST', path: '/identity/v2/auth/login/2fa', query: { apikey: a.apiKey }, body: { email, password } });
  if (first.status !== 200) throw credentialError('the MFA login', first);
  const sfa = first.json?.['SecondFactorAuthentication'] as Settings;
  const secret = pendingSecret(sfa);
  if (secret === undefined) return { kind: 'already-enrolled' };
  if (!mayEnrol) return { kind: 'not-enrolled' };
  await finishMfaLogin(call, a.apiKey, String(sfa!['SecondFactorAuthenticationToken']), totpCode(secret, now()), now());
  return { kind: 'enrolled', totpSecret: secret };
}
