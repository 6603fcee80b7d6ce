/**
 * The authenticator-code step both verification endpoints share: the body's `authenticatorcode`
 * against the user's secret (enrolled or pending), refused while the account is locked; a wrong code
 * counts towards the lockout, a right one resets the counter. Answers the refusal, or the user.
 */
import { errorResponse } from '../../http/errorCatalogue.ts';
import type { MockResponse } from '../../http/mockTypes.ts';
import { checkAuthenticatorCode } from './authenticatorSettings.ts';
import { codeVerdictError } from './codeVerdictError.ts';
import { bodyOf, field, type CredentialContext } from './credentialContext.ts';
import { lockedError } from './lockedError.ts';

type User = ReturnType<CredentialContext['state']['user']>;

export function judgeAuthenticatorCode(ctx: CredentialContext, uid: string): { readonly refused: MockResponse } | { readonly user: User } {
  const body = bodyOf(ctx);
  if ('error' in body) return { refused: body.error };
  const code = field(body.value, 'authenticatorcode').trim();
  if (code === '') return { refused: errorResponse('authenticatorCodeMissing') };
  const user = ctx.state.user(uid);
  const locked = lockedError(user, ctx.now);
  if (locked) return { refused: locked };
  const verdict = checkAuthenticatorCode(user, code, ctx.now);
  if (verdict !== 'ok') {
    user.recordFailure(ctx.now);
    return { refused: codeVerdictError(verdict) };
  }
  user.recordSuccess();
  return { user };
}
