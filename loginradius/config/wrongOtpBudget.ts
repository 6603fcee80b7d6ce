/**
 * How many wrong OTPs the budgeted negative test may send (split over the OTP-verifying operations).
 * On the mock: LR_NUM_RUNS (its accounts are reset every run). Against a real tenant every wrong code
 * counts towards the account's lockout: LR_LOCKOUT_BUDGET, less the 2 the OTP single-use flow spends
 * (a reused and an expired code) when it runs, unless LR_ALLOW_LOCKOUT lets the account lock anyway.
 */
import type { Config } from './config.ts';

/** Wrong codes the OTP single-use flow sends when the budget allows it. */
const SINGLE_USE_FLOW_WRONG_OTPS = 2;

export function wrongOtpBudget(config: Pick<Config, 'target' | 'numRuns' | 'lockoutBudget' | 'allowLockout'>): number {
  if (config.target.kind !== 'remote') return config.numRuns;
  if (config.allowLockout) return config.lockoutBudget;
  return config.lockoutBudget - (config.lockoutBudget >= SINGLE_USE_FLOW_WRONG_OTPS ? SINGLE_USE_FLOW_WRONG_OTPS : 0);
}

/** The budget split over `operations` in order, the remainder going to the first ones. */
export function splitBudget<T>(budget: number, operations: readonly T[]): Array<{ operation: T; share: number }> {
  return operations.map((operation, index) => ({
    operation,
    share: Math.floor(budget / operations.length) + (index < budget % operations.length ? 1 : 0),
  }));
}
