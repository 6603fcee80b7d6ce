/**
 * `npm run enroll`: enrols and verifies the authenticator of the test user, then prints the `.env`
 * lines to add. The TOTP secret is shown only with `--show-secret`, or written only to the file named by
 * `--secret-file <path>` (mode 0600); without either nothing is enrolled, because the secret cannot be
 * read back later. A user already enrolled is left alone (exit 0, with how to reset).
 *   LR_API_KEY + LR_LOGIN_EMAIL + LR_LOGIN_PASSWORD, or LR_API_KEY + LR_API_SECRET + LR_UID
 * Exit code: 0 enrolled or already enrolled · 2 configuration or vendor refusal.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import type { AccountConfig } from '../loginradius/config/loadAccountConfig.ts';
import { enrollAuthenticator } from '../loginradius/credentials/enrollAuthenticator.ts';
import type { VendorCall } from '../loginradius/credentials/vendorCall.ts';
import { runAccountTool } from './runAccountTool.ts';

function envLines(config: AccountConfig): string[] {
  if (config.apiSecret !== undefined && config.uid !== undefined)
    return ['LR_TOKEN_PROVIDER=uid', `LR_UID=${config.uid}`, 'LR_API_SECRET=<your API secret, already set>'];
  return ['LR_TOKEN_PROVIDER=login', `LR_LOGIN_EMAIL=${config.login!.email}`, 'LR_LOGIN_PASSWORD=<the password, already set>'];
}

async function main(argv: string[]): Promise<number> {
  const showSecret = argv.includes('--show-secret');
  const fileFlag = argv.indexOf('--secret-file');
  const secretFile = fileFlag === -1 ? undefined : argv[fileFlag + 1];
  if (fileFlag !== -1 && (secretFile === undefined || secretFile.startsWith('--'))) {
    console.error('✗ --secret-file needs a path, e.g. --secret-file .env.totp');
    return 2;
  }
  return runAccountTool({
    env: process.env,
    purpose: 'enroll',
    failure: 'enrolment',
    work: (config, call) => enroll(config, call, showSecret, secretFile),
  });
}

async function enroll(config: AccountConfig, call: VendorCall, showSecret: boolean, secretFile: string | undefined): Promise<number> {
  const outcome = await enrollAuthenticator(call, config, showSecret || secretFile !== undefined);
  if (outcome.kind === 'not-enrolled') {
    console.error('✗ the user has no verified authenticator, and its secret can only be shown once: rerun with');
    console.error('  --show-secret (prints it) or --secret-file <path> (writes it there, mode 0600). Nothing was changed.');
    return 2;
  }
  if (outcome.kind === 'already-enrolled') {
    console.log('✓ the authenticator of this user is already enrolled and verified; nothing changed.');
    console.log('  To enrol a new one (e.g. the TOTP secret is lost), reset it first: admin console → the user → Multi-factor');
    console.log('  authentication → reset the authenticator (API: DELETE /identity/v2/manage/account/2fa/authenticator?uid=…),');
    console.log('  then run npm run enroll again.');
    return 0;
  }
  console.log('✓ authenticator enrolled and verified. Add these lines to .env (or your CI secrets):');
  for (const line of envLines(config)) console.log(`  ${line}`);
  if (secretFile !== undefined) {
    writeFileSync(secretFile, `LR_TOTP_SECRET=${outcome.totpSecret}\n`, { mode: 0o600 });
    chmodSync(secretFile, 0o600);
    console.log(`  LR_TOTP_SECRET=<written to ${secretFile}, mode 0600>`);
  } else console.log(`  LR_TOTP_SECRET=${outcome.totpSecret}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
