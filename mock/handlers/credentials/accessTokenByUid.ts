/** `GET /identity/v2/manage/account/access_token?uid=` (apikey + API secret): a token pair for any account. */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { managedTenantOf, type CredentialContext } from './credentialContext.ts';
import { tokenBody } from './tokenBody.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function accessTokenByUid(ctx: CredentialContext): MockResponse {
  const tenant = managedTenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const uid = (ctx.request.query.get('uid') ?? '').trim().toLowerCase();
  if (uid === '') return errorResponse('uidMissing');
  const user = ctx.state.fixture.users.find((u) => u.uid === uid && u.tenant === tenant.value.name);
  if (!user) return errorResponse('uidUnknown');
  return { status: 200, body: tokenBody(ctx.state.issued.issue(user, ctx.now)) };
}
