/**
 * Restores a locked test account through the management API: `IsLoginLocked: false` lifts Suspend,
 * Captcha and SecurityQuestion locks, and `IsActive: true` a Block (harmless on an active account,
 * so both are always sent). Answers whether the profile says it is still locked.
 */
import { credentialError } from './credentialError.ts';
import type { VendorCall } from './vendorCall.ts';

export async function unlockAccount(call: VendorCall, apiKey: string, apiSecret: string, uid: string): Promise<{ stillLocked: boolean }> {
  const answer = await call({
    method: 'PUT',
    path: `/identity/v2/manage/account/${encodeURIComponent(uid)}`,
    query: { apikey: apiKey },
    headers: { 'X-LoginRadius-ApiSecret': apiSecret },
    body: { IsLoginLocked: false, IsActive: true },
  });
  if (answer.status !== 200) throw credentialError('the account update (unlock)', answer);
  return { stillLocked: answer.json?.['IsLoginLocked'] === true };
}
