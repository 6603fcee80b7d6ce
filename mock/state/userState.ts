/**
 * One user's mutable state: failed-OTP counter, lock, and used OTPs. The lockout machine lives here:
 * N consecutive failures → locked with the tenant's type; a correct OTP (after any required challenge)
 * resets the counter and unlocks; Suspend unlocks by itself once its period has passed.
 */
import { OtpVerifier } from './otpVerifier.ts';
import type { LockoutType, TenantFixture, UserFixture } from '../fixtures/fixtureTypes.ts';

export interface LockPolicy {
  readonly type: LockoutType;
  readonly threshold: number;
  readonly suspendMs: number;
}

export class UserState {
  failedAttempts = 0;
  lockedAt: number | null = null;
  /** Verifies the authenticator's codes; replaced when a new secret is enrolled. */
  otp: OtpVerifier;
  /** Is the authenticator app enrolled and verified? Fixture users are. */
  authenticatorEnrolled = true;
  /** The secret handed out by an enrolment not yet verified. */
  pendingSecret: string | null = null;
  readonly answers: ReadonlyMap<string, string>;

  constructor(
    readonly fixture: UserFixture,
    readonly tenant: TenantFixture,
    readonly policy: LockPolicy,
  ) {
    this.otp = new OtpVerifier(fixture.totpSecret);
    this.answers = new Map(fixture.securityQuestions.map((q) => [q.questionId.toLowerCase(), q.answer]));
  }

  /** Locked right now? Expires a Suspend lock whose period has passed (the counter starts again). */
  isLocked(now: number): boolean {
    if (this.lockedAt === null) return false;
    if (this.policy.type === 'Suspend' && now >= this.lockedAt + this.policy.suspendMs) {
      this.lockedAt = null;
      this.failedAttempts = 0;
      return false;
    }
    return true;
  }

  /** Only meaningful for Suspend locks. */
  lockedUntil(): number | null {
    return this.lockedAt === null || this.policy.type !== 'Suspend' ? null : this.lockedAt + this.policy.suspendMs;
  }

  recordSuccess(): void {
    this.failedAttempts = 0;
    this.lockedAt = null;
  }

  recordFailure(now: number): void {
    this.failedAttempts += 1;
    if (this.lockedAt === null && this.failedAttempts >= this.policy.threshold) this.lockedAt = now;
  }

  /** The management API's unlock: `IsLoginLocked: false`, and for a Block lock also `IsActive: true`. */
  adminUnlock(isActive: boolean): boolean {
    if (this.lockedAt !== null && this.policy.type === 'Block' && !isActive) return false;
    this.lockedAt = null;
    this.failedAttempts = 0;
    return true;
  }

  /** Switches the authenticator to `secret` (an enrolment verified). */
  enrol(secret: string): void {
    this.otp = new OtpVerifier(secret);
    this.authenticatorEnrolled = true;
    this.pendingSecret = null;
  }

  /** Test hook: the account as if no authenticator had ever been enrolled. */
  unenrol(): void {
    this.authenticatorEnrolled = false;
    this.pendingSecret = null;
  }

  /** Profile view of the lock: the vendor leaves LoginLockedType unchanged ("None") for Suspend. */
  profileLock(now: number): { IsLoginLocked: boolean; LoginLockedType: string } {
    const locked = this.isLocked(now);
    return { IsLoginLocked: locked, LoginLockedType: locked && this.policy.type !== 'Suspend' ? this.policy.type : 'None' };
  }
}
