/**
 * `GET /identity/v2/manage/account/access_token/refresh?refresh_token=` (apikey + API secret): spends
 * the single-use refresh token for a new pair; a spent or unknown one answers 905, an expired one 906.
 */
import { managedTenantOf, redeemQueryToken, type CredentialContext } from './credentialContext.ts';
import { tokenBody } from './tokenBody.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function refreshAccessToken(ctx: CredentialContext): MockResponse {
  const tenant = managedTenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const refreshed = redeemQueryToken(ctx, 'refresh_token', (t, now) => ctx.state.issued.refresh(t, now));
  if ('error' in refreshed) return refreshed.error;
  return { status: 200, body: tokenBody(refreshed.value.redeemed) };
}
