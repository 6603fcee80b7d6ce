/**
 * The running mock's mutable world: fixture-derived state, active drift, rate limiter, clock offset,
 * request log and the internal-error counter. The HTTP layer and the admin surface both act on it.
 */
import { assertDriftIds, composeDrift } from './drift/composeDrift.ts';
import { loadFixture } from './fixtures/loadFixture.ts';
import { resolveFault } from './faults/activeFault.ts';
import type { ActiveFault } from './faults/activeFault.ts';
import { iso } from './handlers/pipelineContext.ts';
import { MockState } from './state/mockState.ts';
import { RequestLog } from './state/requestLog.ts';
import { TokenBuckets } from './state/tokenBucket.ts';
import type { ComposedDrift } from './drift/composeDrift.ts';
import type { DriftId } from './drift/scenarios.ts';
import type { MockFixture } from './fixtures/fixtureTypes.ts';
import type { ResolvedMockOptions } from './mockOptions.ts';

export interface ResetOptions {
  drift?: readonly string[];
  rateLimitRps?: number;
  clockOffsetMs?: number;
}

export interface MockStateSnapshot {
  readonly profile: 'default' | 'staging';
  readonly now: string;
  readonly clockOffsetMs: number;
  /** Accounts whose own clock runs ahead of the shared one (PUT /__mock/clock with a uid): uid → ms. */
  readonly accountClockOffsetsMs: Readonly<Record<string, number>>;
  readonly drift: readonly DriftId[];
  /** Active transport fault and the operations it hits (null = none). */
  readonly fault: { fault: string; operations: readonly string[] } | null;
  readonly rateLimitRps: number;
  readonly requestsServed: number;
  readonly internalErrors: number;
  readonly lastInternalError: string | null;
  readonly users: ReadonlyArray<{
    tenant: string;
    role: string;
    uid: string;
    failedAttempts: number;
    locked: boolean;
    lockType: string | null;
    lockedUntil: string | null;
    usedOtpCount: number;
    authenticatorEnrolled: boolean;
  }>;
}

/** A request the staging profile refuses on purpose (the admin surface answers 403). */
export class StagingRefusal extends Error {}

export class MockRuntime {
  readonly fixture: MockFixture;
  readonly state: MockState;
  readonly log: RequestLog;
  drift: ComposedDrift;
  fault: ActiveFault | null;
  buckets: TokenBuckets | null = null;
  rateLimitRps = 0;
  clockOffsetMs = 0;
  /** Per-account clocks on top of the shared one: each account's TOTP steps, lockouts and tokens move alone. */
  private readonly accountClockOffsets = new Map<string, number>();
  internalErrors = 0;
  /** Name and message of the last internal error (no request data), for debugging failed tests. */
  lastInternalError: string | null = null;
  requestsServed = 0;

  constructor(readonly options: ResolvedMockOptions) {
    this.fixture = options.fixture ?? loadFixture(options.fixturePath);
    this.state = new MockState(this.fixture, options.lockoutThreshold, options.accessTokenLifetimeSeconds * 1000);
    this.log = new RequestLog(options.requestLogSize);
    this.drift = composeDrift(options.drift);
    this.fault = options.fault;
    this.setRateLimit(options.rateLimitRps);
  }

  now(): number {
    return this.options.clock() + this.clockOffsetMs;
  }

  /** The time of one account: the shared clock plus the account's own offset. */
  nowFor(uid: string): number {
    return this.now() + (this.accountClockOffsets.get(uid) ?? 0);
  }

  accountClockOffset(uid: string): number {
    return this.accountClockOffsets.get(uid) ?? 0;
  }

  /** Moves one account's clock only, so clients can use many accounts' TOTP steps at once. */
  setAccountClockOffset(uid: string, offsetMs: number, caller = 'setAccountClockOffset'): void {
    this.refuseOnStaging(caller, 'move the clock');
    if (!Number.isFinite(offsetMs)) throw new Error(`${caller}: offsetMs must be a finite number of milliseconds`);
    if (!this.fixture.users.some((u) => u.uid === uid)) throw new Error(`${caller}: no account has uid ${uid}; see GET /__mock/state`);
    this.accountClockOffsets.set(uid, offsetMs);
  }

  setDrift(ids: readonly string[], caller = 'setDrift'): void {
    assertDriftIds(ids, caller);
    this.drift = composeDrift(ids);
  }

  /** `input`: a fault id, {fault, operations?}, or null (off). */
  setFault(input: unknown, caller = 'setFault'): void {
    this.fault = resolveFault(input, caller);
  }

  setRateLimit(rps: number, caller = 'setRateLimit'): void {
    if (!Number.isFinite(rps) || rps < 0) throw new Error(`${caller}: rateLimitRps ${String(rps)} is invalid; pass a number ≥ 0 (0 = off)`);
    this.rateLimitRps = rps;
    this.buckets = rps > 0 ? new TokenBuckets(rps) : null;
  }

  setClockOffset(offsetMs: number, caller = 'setClockOffset'): void {
    this.refuseOnStaging(caller, 'move the clock');
    if (!Number.isFinite(offsetMs)) throw new Error(`${caller}: offsetMs must be a finite number of milliseconds`);
    this.clockOffsetMs = offsetMs;
  }

  /** The staging profile's clock is real and its accounts keep their state: nothing may help a client. */
  refuseOnStaging(caller: string, what: string): void {
    if (this.options.profile === 'staging')
      throw new StagingRefusal(
        `${caller}: the staging profile cannot ${what}; like a real tenant its clock is real and its state is kept (wait for the next 30 s step, or start the mock without --profile staging)`,
      );
  }

  /** Back to the fixture and the start-up options, then apply the overrides (validated first). */
  reset(overrides: ResetOptions = {}, caller = 'reset'): void {
    const drift = overrides.drift ?? this.options.drift;
    if (!Array.isArray(drift) || !drift.every((id) => typeof id === 'string'))
      throw new Error(`${caller}: drift must be an array of scenario ids, e.g. ["additive-field"]`);
    assertDriftIds(drift, caller);
    if (overrides.clockOffsetMs !== undefined && !Number.isFinite(overrides.clockOffsetMs))
      throw new Error(`${caller}: clockOffsetMs must be a finite number of milliseconds`);
    if (overrides.clockOffsetMs) this.refuseOnStaging(caller, 'move the clock');
    this.setRateLimit(overrides.rateLimitRps ?? this.options.rateLimitRps, caller);
    this.setDrift(drift, caller);
    this.fault = this.options.fault;
    this.clockOffsetMs = overrides.clockOffsetMs ?? 0;
    this.accountClockOffsets.clear();
    this.state.reset();
  }

  snapshot(): MockStateSnapshot {
    const now = this.now();
    return {
      profile: this.options.profile,
      now: iso(now),
      clockOffsetMs: this.clockOffsetMs,
      accountClockOffsetsMs: Object.fromEntries(this.accountClockOffsets),
      drift: this.drift.active,
      fault: this.fault === null ? null : { fault: this.fault.fault, operations: this.fault.operations },
      rateLimitRps: this.rateLimitRps,
      requestsServed: this.requestsServed,
      internalErrors: this.internalErrors,
      lastInternalError: this.lastInternalError,
      users: [...this.state.allUsers()].map((u) => {
        const locked = u.isLocked(now + this.accountClockOffset(u.fixture.uid));
        const until = u.lockedUntil();
        return {
          tenant: u.tenant.name,
          role: u.fixture.role,
          uid: u.fixture.uid,
          failedAttempts: u.failedAttempts,
          locked,
          lockType: locked ? u.policy.type : null,
          lockedUntil: until === null ? null : iso(until),
          usedOtpCount: u.otp.usedCount,
          authenticatorEnrolled: u.authenticatorEnrolled,
        };
      }),
    };
  }
}
