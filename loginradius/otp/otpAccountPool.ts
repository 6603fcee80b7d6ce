/**
 * One OTP scheduler per run over the account pool. A TOTP code is single-use per 30 s step per
 * account, so N accounts give N codes per step: each code goes to the account with the fewest codes
 * handed out or promised so far (accounts start together, so fewest means its next free step is
 * earliest). Each account's own FreshOtpSource keeps its steps strictly increasing.
 */
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { FreshOtpSource } from './freshOtpSource.ts';

export interface PoolAccount {
  /** The redacted name reports use, e.g. `#2`. */
  readonly label: string;
  readonly credentials: TargetCredentials;
  readonly otp: FreshOtpSource;
}

export interface OtpAccountPool {
  readonly accounts: readonly PoolAccount[];
  /** Promises `codes` codes of one account (a flow that needs them from one user) and returns it. */
  take(codes: number): PoolAccount;
  /** Runs `use` with a fresh code of the soonest account; the step stays free when `consumed` is false. */
  withFreshOtpIf<T>(use: (code: string, account: PoolAccount) => Promise<T>, consumed: (result: T) => boolean): Promise<T>;
}

export function createOtpAccountPool(accounts: readonly PoolAccount[]): OtpAccountPool {
  if (accounts.length === 0) throw new Error('createOtpAccountPool: pass at least one account (config.accounts).');
  const promised = accounts.map(() => 0);
  const take = (codes: number): PoolAccount => {
    let best = 0;
    for (let i = 1; i < accounts.length; i += 1) if (promised[i]! < promised[best]!) best = i;
    promised[best] = promised[best]! + codes;
    return accounts[best]!;
  };
  return {
    accounts,
    take,
    withFreshOtpIf(use, consumed) {
      const account = take(1);
      return account.otp.withFreshOtpIf((code) => use(code, account), consumed);
    },
  };
}
