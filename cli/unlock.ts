/**
 * `npm run unlock`: restores the test account an interrupted lockout run left locked, through the
 * account update API (IsLoginLocked false, IsActive true). Needs LR_API_KEY, LR_API_SECRET, LR_UID.
 * Exit code: 0 unlocked · 1 the target still reports the account locked · 2 configuration or refusal.
 */
import { unlockAccount } from '../loginradius/credentials/unlockAccount.ts';
import { runAccountTool } from './runAccountTool.ts';

process.exitCode = await runAccountTool({
  env: process.env,
  purpose: 'unlock',
  failure: 'unlock',
  work: async (config, call) => {
    const { stillLocked } = await unlockAccount(call, config.apiKey, config.apiSecret!, config.uid!);
    if (stillLocked) {
      console.error(`✗ the account ${config.uid} is still locked after the update; unlock it in the admin console.`);
      return 1;
    }
    console.log(`✓ account ${config.uid} unlocked (IsLoginLocked false, IsActive true); its failed-attempt counter starts again.`);
    return 0;
  },
});
