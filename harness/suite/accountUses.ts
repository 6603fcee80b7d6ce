/** When two tests' account uses conflict: one needs an account alone, or one spoils what the other reads. */
import type { AccountUse } from './suiteTest.ts';

function clash(a: AccountUse['mode'], b: AccountUse['mode']): boolean {
  if (a === 'exclusive' || b === 'exclusive') return true;
  return a !== b;
}

export function conflicts(a: readonly AccountUse[], b: readonly AccountUse[]): boolean {
  return a.some((x) => b.some((y) => x.account === y.account && clash(x.mode, y.mode)));
}

/** The account key of a lockout type's flow account (on the mock, one tenant per type). */
export const flowAccount = (lockoutType: string): string => `flow:${lockoutType}`;
