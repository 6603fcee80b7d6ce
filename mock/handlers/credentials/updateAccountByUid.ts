/**
 * `PUT /identity/v2/manage/account/{uid}` (apikey + API secret): the part of the account update the
 * harness needs, unlocking. `IsLoginLocked: false` lifts a Suspend, Captcha or SecurityQuestion lock;
 * a Block also needs `IsActive: true`. Answers the profile with the live lock state.
 */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { bodyOf, managedTenantOf, type CredentialContext } from './credentialContext.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function updateAccountByUid(ctx: CredentialContext): MockResponse {
  const tenant = managedTenantOf(ctx);
  if ('error' in tenant) return tenant.error;
  const uid = (ctx.pathUid ?? '').toLowerCase();
  const fixture = ctx.state.fixture.users.find((u) => u.uid === uid && u.tenant === tenant.value.name);
  if (!fixture) return errorResponse('uidUnknown');
  const body = bodyOf(ctx);
  if ('error' in body) return body.error;
  const user = ctx.state.user(fixture.uid);
  if (body.value.get('isloginlocked') === false) user.adminUnlock(body.value.get('isactive') === true);
  return { status: 200, body: { ...fixture.profile, ...user.profileLock(ctx.now) } };
}
