/**
 * The remote account pool: the roles' account first, then every LR_TEST_USERS user that is not it.
 * Pool accounts share the tenant's key, captcha tokens and security answers; tokens and TOTP
 * secrets are each user's own.
 */
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { TestAccount } from './config.ts';
import { accountLabel, type TestUser } from './parseTestUsers.ts';

export function accountPool(first: TargetCredentials, users: readonly TestUser[]): TestAccount[] {
  const firstUser = users.find((u) => u.accessToken === first.accessToken);
  const others = users.filter((u) => u.accessToken !== first.accessToken);
  const { expiredAccessToken: _e, revokedAccessToken: _r, ...shared } = first;
  return [
    { label: accountLabel(0, firstUser?.id), credentials: first },
    ...others.map((u, i) => ({
      label: accountLabel(i + 1, u.id),
      credentials: {
        ...shared,
        accessToken: u.accessToken,
        totpSecret: u.totpSecret,
        ...(u.expiredAccessToken ? { expiredAccessToken: u.expiredAccessToken } : {}),
        ...(u.revokedAccessToken ? { revokedAccessToken: u.revokedAccessToken } : {}),
      },
    })),
  ];
}
