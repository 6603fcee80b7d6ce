/**
 * The credential endpoints the harness needs around the three contract operations: MFA login by
 * email, token by UID, refresh, authenticator enrolment and the account update (unlock). Paths are
 * lower-cased; `/manage/account/{uid}` matches any 32-hex uid.
 */
import { accessTokenByUid } from '../handlers/credentials/accessTokenByUid.ts';
import { configureAuthenticator } from '../handlers/credentials/configureAuthenticator.ts';
import { loginByEmail } from '../handlers/credentials/loginByEmail.ts';
import { loginVerifyAuthenticator } from '../handlers/credentials/loginVerifyAuthenticator.ts';
import { refreshAccessToken } from '../handlers/credentials/refreshAccessToken.ts';
import { updateAccountByUid } from '../handlers/credentials/updateAccountByUid.ts';
import { verifyAuthenticator } from '../handlers/credentials/verifyAuthenticator.ts';
import type { CredentialContext } from '../handlers/credentials/credentialContext.ts';
import type { MockResponse } from './mockTypes.ts';

export interface CredentialRoute {
  readonly method: 'GET' | 'PUT' | 'POST';
  readonly handle: (ctx: CredentialContext) => MockResponse;
  readonly pathUid?: string;
}

const FIXED = new Map<string, CredentialRoute>([
  ['/identity/v2/auth/login/2fa', { method: 'POST', handle: loginByEmail }],
  ['/identity/v2/auth/login/2fa/verification/authenticatorcode', { method: 'PUT', handle: loginVerifyAuthenticator }],
  ['/identity/v2/manage/account/access_token', { method: 'GET', handle: accessTokenByUid }],
  ['/identity/v2/manage/account/access_token/refresh', { method: 'GET', handle: refreshAccessToken }],
  ['/identity/v2/auth/account/2fa', { method: 'GET', handle: configureAuthenticator }],
  ['/identity/v2/auth/account/2fa/verification/authenticatorcode', { method: 'PUT', handle: verifyAuthenticator }],
]);
const ACCOUNT = /^\/identity\/v2\/manage\/account\/([0-9a-f]{32})$/;

export function credentialRoute(path: string): CredentialRoute | undefined {
  const fixed = FIXED.get(path);
  if (fixed) return fixed;
  const uid = ACCOUNT.exec(path)?.[1];
  return uid === undefined ? undefined : { method: 'PUT', handle: updateAccountByUid, pathUid: uid };
}
