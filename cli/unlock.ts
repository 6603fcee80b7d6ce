/**
 * `npm run unlock`: restores the test account an interrupted lockout run left locked, through the
 * account update API (IsLoginLocked false, IsActive true). Needs LR_API_KEY, LR_API_SECRET, LR_UID.
 * Exit code: 0 unlocked · 1 the target still reports the account locked · 2 configuration or refusal.
 */
import { formatConfigError } from '../loginradius/config/configError.ts';
import { loadAccountConfig, type AccountConfig } from '../loginradius/config/loadAccountConfig.ts';
import { CredentialError } from '../loginradius/credentials/credentialError.ts';
import { unlockAccount } from '../loginradius/credentials/unlockAccount.ts';
import { vendorCall } from '../loginradius/credentials/vendorCall.ts';

async function main(): Promise<number> {
  let config: AccountConfig;
  try {
    config = loadAccountConfig({ env: process.env, purpose: 'unlock' });
  } catch (error) {
    console.error(formatConfigError(error));
    return 2;
  }
  try {
    const { stillLocked } = await unlockAccount(
      vendorCall(config.baseUrl, config.timeoutMs),
      config.apiKey,
      config.apiSecret!,
      config.uid!,
    );
    if (stillLocked) {
      console.error(`✗ the account ${config.uid} is still locked after the update; unlock it in the admin console.`);
      return 1;
    }
    console.log(`✓ account ${config.uid} unlocked (IsLoginLocked false, IsActive true); its failed-attempt counter starts again.`);
    return 0;
  } catch (error) {
    console.error(error instanceof CredentialError ? `✗ ${error.message}` : `✗ unlock failed: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
