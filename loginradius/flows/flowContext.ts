import type { TargetCredentials } from '../credentials/credentials.ts';
import type { Contract } from '../../engine/contract/types.ts';
import type { FreshOtpSource } from '../otp/freshOtpSource.ts';
import type { FlowRecorder } from './flowRecorder.ts';

export type LockoutType = 'Suspend' | 'Captcha' | 'SecurityQuestion' | 'Block';

export interface LockoutPolicy {
  readonly type: LockoutType;
  /** Consecutive failed OTPs that lock the account. */
  readonly threshold: number;
  readonly suspendSeconds: number;
}

export interface FlowContext {
  readonly contract: Contract;
  readonly credentials: TargetCredentials;
  readonly otp: FreshOtpSource;
  readonly recorder: FlowRecorder;
  readonly lockout: LockoutPolicy;
  /** Embedded mock only: moves the account's clock (Suspend expiry). */
  readonly mock?: { advance(ms: number): Promise<number> };
  /**
   * Unlocks the account through the management API (LR_API_SECRET; always on the mock). When present,
   * the lockout flows lift locks no challenge can (Block, a real Suspend) and end with the account unlocked.
   */
  readonly restore?: () => Promise<void>;
  /** The target's current time in ms (for an OTP of an earlier step). */
  readonly now: () => Promise<number>;
}

export type Flow = (ctx: FlowContext) => Promise<void>;
