/**
 * Hands out one-time codes that the target has not seen yet. A TOTP code is single-use per step,
 * and a code of an earlier step than one already used is refused, so codes go out in strictly
 * increasing steps, one request at a time.
 *
 * Against the embedded mock (a clock that can `advance`, one account's own): the codes of the
 * current AND the next step are both inside the mock's ±1 window, even if its clock ticks over
 * before it verifies; so two codes per clock position, both in use at once, and the clock moves
 * two steps once both were verified (one round trip per two cases). Against a real tenant (whose
 * window is not documented) only the current step's code is used, one request at a time, and the
 * source waits for the next 30 s step.
 */
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from './totpCode.ts';

interface OtpClock {
  /** The target's current time in ms. */
  now(): Promise<number>;
  /** Mock only: move the target's clock forward by `ms`; answers the new time. */
  advance?(ms: number): Promise<number>;
}

/**
 * Remembers the last step whose code reached the target, across processes (a Playwright worker is
 * restarted after a failed test, and its new source must not hand out the old worker's last code).
 */
export interface UsedStepStore {
  read(): number | undefined;
  write(step: number): void;
}

export interface FreshOtpSourceOptions {
  readonly totpSecret: string;
  readonly clock: OtpClock;
  /**
   * @defaultValue none: a clock that can advance then assumes an earlier source used the current
   * and the next step (so its first code comes after a jump); otherwise only its own codes count
   */
  readonly usedSteps?: UsedStepStore;
  /** @defaultValue setTimeout-based sleep */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface FreshOtpSource {
  /**
   * Runs `use` with a code for a step no earlier code from this source used. The clock moves only
   * once every code in use settled, so a code is verified before its step can go stale: against a
   * real tenant calls are serialised; on a movable clock the two codes of one position run at once.
   */
  withFreshOtp<T>(use: (code: string) => Promise<T>): Promise<T>;
  /** Like withFreshOtp, but the step stays free when `consumed(result)` is false (the request never arrived). */
  withFreshOtpIf<T>(use: (code: string) => Promise<T>, consumed: (result: T) => boolean): Promise<T>;
  /**
   * A code of an earlier step that is outside the ±1 acceptance window but inside the 300 s validity,
   * and that this source never handed out (a used code would answer "already used", not "expired").
   */
  expiredCode(nowMs: number): string | undefined;
}

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

export function createFreshOtpSource(options: FreshOtpSourceOptions): FreshOtpSource {
  if (!options || typeof options.totpSecret !== 'string' || options.totpSecret === '')
    throw new Error('createFreshOtpSource: totpSecret is required; pass credentials.totpSecret.');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const canAdvance = options.clock.advance !== undefined;
  // undefined: nothing known yet, and with a movable clock the worst is assumed at the first call.
  let lastStep: number | undefined = options.usedSteps
    ? (options.usedSteps.read() ?? Number.NEGATIVE_INFINITY)
    : canAdvance
      ? undefined
      : Number.NEGATIVE_INFINITY;
  const usedSteps = new Set<number>();
  let queue: Promise<unknown> = Promise.resolve();

  /** The step to use next: the current one if unused, on a movable clock also the next one. */
  async function freshStep(used: number): Promise<number> {
    let now = await options.clock.now();
    const latest = () => totpStep(now) + (canAdvance ? 1 : 0);
    if (used + 1 > latest()) {
      if (options.clock.advance) now = await options.clock.advance((used + 1 - totpStep(now)) * STEP_MS);
      else {
        await sleep((used + 1) * STEP_MS - now + 250);
        now = await options.clock.now();
      }
    }
    return Math.max(used + 1, totpStep(now));
  }

  async function nextUnlocked(): Promise<{ code: string; step: number; previous: number | undefined }> {
    const previous = lastStep;
    const used = lastStep ?? totpStep(await options.clock.now()) + 1;
    const step = await freshStep(used);
    lastStep = step;
    usedSteps.add(step);
    return { code: totpCode(options.totpSecret, step * STEP_MS), step, previous };
  }

  // Movable clock: a step is reserved one caller at a time; the clock moves only with nothing in use.
  let reserving: Promise<unknown> = Promise.resolve();
  let inUse = 0;
  const idle: Array<() => void> = [];
  const released = (): void => {
    inUse -= 1;
    if (inUse === 0) for (const wake of idle.splice(0)) wake();
  };
  const freed: number[] = [];
  let written = Number.NEGATIVE_INFINITY;
  async function reserve(): Promise<{ code: string; step: number }> {
    const now = await options.clock.now();
    // A step whose request never arrived is handed out again while the window still takes it.
    const again = freed.findIndex((f) => f >= totpStep(now) && f <= totpStep(now) + 1);
    if (again >= 0) {
      const step = freed.splice(again, 1)[0]!;
      usedSteps.add(step);
      inUse += 1;
      return { code: totpCode(options.totpSecret, step * STEP_MS), step };
    }
    const used = lastStep ?? totpStep(now) + 1;
    if (used + 1 > totpStep(now) + 1 && inUse > 0) await new Promise<void>((wake) => idle.push(wake));
    const step = await freshStep(used);
    lastStep = step;
    usedSteps.add(step);
    inUse += 1;
    return { code: totpCode(options.totpSecret, step * STEP_MS), step };
  }
  async function concurrently<T>(use: (code: string) => Promise<T>, consumed: (result: T) => boolean): Promise<T> {
    const reservation = reserving.then(reserve);
    reserving = reservation.catch(() => undefined);
    const { code, step } = await reservation;
    try {
      const outcome = await use(code);
      if (consumed(outcome)) {
        written = Math.max(written, step);
        options.usedSteps?.write(written);
      } else {
        usedSteps.delete(step);
        freed.push(step);
      }
      return outcome;
    } finally {
      released();
    }
  }

  return {
    withFreshOtp(use) {
      // A request that never reached the target (transport error) did not use its code.
      return this.withFreshOtpIf(use, (r) => (r as { outcome?: { kind?: string } } | null)?.outcome?.kind !== 'transport-error');
    },
    withFreshOtpIf(use, consumed) {
      if (canAdvance) return concurrently(use, consumed);
      const result = queue.then(async () => {
        const { code, step, previous } = await nextUnlocked();
        const outcome = await use(code);
        if (consumed(outcome)) options.usedSteps?.write(step);
        else {
          usedSteps.delete(step);
          lastStep = previous;
        }
        return outcome;
      });
      queue = result.catch(() => undefined);
      return result;
    },
    expiredCode(nowMs) {
      const current = totpStep(nowMs);
      for (let back = 2; back <= 9; back++) {
        if (!usedSteps.has(current - back)) return totpCode(options.totpSecret, nowMs, -back);
      }
      return undefined;
    },
  };
}
