/**
 * Hands out one-time codes that the target has not seen yet. A TOTP code is single-use per step,
 * so a positive OTP case needs a fresh step: against the embedded mock we move the mock's clock
 * forward (test control); against a real tenant we wait for the next 30 s step.
 */
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from '../case/totpCode.ts';

export interface OtpClock {
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
  /** @defaultValue none: only this source's own codes are known */
  readonly usedSteps?: UsedStepStore;
  /** @defaultValue setTimeout-based sleep */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface FreshOtpSource {
  /**
   * Runs `use` with a code for a step no earlier code from this source used. Calls are serialised
   * until `use` settles, so the code is verified before anyone moves the clock again.
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
/** One step: the previous code stays inside the ±1 window, so a concurrent verification still passes. */
const MOCK_JUMP_MS = STEP_MS;

export function createFreshOtpSource(options: FreshOtpSourceOptions): FreshOtpSource {
  if (!options || typeof options.totpSecret !== 'string' || options.totpSecret === '')
    throw new Error('createFreshOtpSource: totpSecret is required; pass credentials.totpSecret.');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let lastStep = options.usedSteps?.read() ?? Number.NEGATIVE_INFINITY;
  const usedSteps = new Set<number>();
  let queue: Promise<unknown> = Promise.resolve();

  async function nextUnlocked(): Promise<{ code: string; step: number; previous: number }> {
    let now = await options.clock.now();
    if (totpStep(now) <= lastStep) {
      if (options.clock.advance) now = await options.clock.advance(MOCK_JUMP_MS);
      else {
        await sleep((lastStep + 1) * STEP_MS - now + 250);
        now = await options.clock.now();
      }
    }
    const previous = lastStep;
    lastStep = totpStep(now);
    usedSteps.add(lastStep);
    return { code: totpCode(options.totpSecret, now), step: lastStep, previous };
  }

  return {
    withFreshOtp(use) {
      // A request that never reached the target (transport error) did not use its code.
      return this.withFreshOtpIf(use, (r) => (r as { outcome?: { kind?: string } } | null)?.outcome?.kind !== 'transport-error');
    },
    withFreshOtpIf(use, consumed) {
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
