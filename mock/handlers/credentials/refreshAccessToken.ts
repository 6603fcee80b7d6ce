/**
 * `GET /identity/v2/manage/account/access_token/refresh?refresh_token=` (apikey + API secret): spends
 * the single-use refresh token for a new pair; a spent or unknown one answers 905, an expired one 906.
 */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { managedTenantOf, type CredentialContext } from './credentialContext.ts';
import { tokenBody } from './tokenBody.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function refreshAccessToken(ctx: CredentialContext): MockResponse {
  const tenant = managedTenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const token = (ctx.request.query.get('refresh_token') ?? '').trim();
  if (token === '') return errorResponse('refreshTokenMissing');
  const result = ctx.state.issued.refresh(token, ctx.now);
  if ('error' in result) return errorResponse(result.error === 'expired' ? 'refreshTokenExpired' : 'refreshTokenInvalid');
  return { status: 200, body: tokenBody(result.ok) };
}
