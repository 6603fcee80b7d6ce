/**
 * Before any contract request: proves the configured credentials work, without spending a one-time
 * code. The login provider sends only the password step; the UID provider obtains a token by UID.
 * Throws a CredentialError naming the variable and the fix (the runner exits 2).
 */
import type { Config } from '../config/config.ts';
import { vendorCall } from './vendorCall.ts';
import { startMfaLogin, tokenByUid } from './vendorTokenCalls.ts';

export async function checkCredentials(config: Config): Promise<void> {
  if (config.target.kind === 'mock') return;
  const source = config.tokenSource;
  const call = vendorCall(config.target.baseUrl, config.timeoutMs);
  const apiKey = config.credentials.positive.apiKey;
  if (source.kind === 'login') await startMfaLogin(call, apiKey, source.email, source.password);
  if (source.kind === 'uid') await tokenByUid(call, apiKey, source.apiSecret, source.uid, Date.now());
}
