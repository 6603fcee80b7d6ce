/**
 * A per-process request-rate cap: a token bucket expressed as its equivalent "next free slot"
 * schedule (GCRA), so concurrent `acquire()` calls are spaced fairly without a timer loop.
 */
export interface RateLimiter {
  /** Resolves when the caller may send one request. */
  acquire(): Promise<void>;
}

export interface RateLimiterOptions {
  /** Sustained requests per second (> 0). */
  readonly maxRps: number;
  /** Requests allowed back to back after an idle period. @defaultValue 1 */
  readonly burst?: number;
  /** Injected for tests. @defaultValue performance.now / setTimeout */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { maxRps } = options;
  const burst = options.burst ?? 1;
  if (!(Number.isFinite(maxRps) && maxRps > 0))
    throw new Error(
      `createRateLimiter: maxRps must be a positive number, got ${String(maxRps)}; pass e.g. 5 (the vendor's staging limit).`,
    );
  if (!Number.isInteger(burst) || burst < 1)
    throw new Error(`createRateLimiter: burst must be an integer >= 1, got ${String(burst)}; pass e.g. 1.`);
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const interval = 1000 / maxRps;
  let nextSlot = -Infinity;
  return {
    async acquire() {
      const t = now();
      // An idle bucket refills up to `burst` tokens: the schedule may lag `t` by (burst - 1) intervals.
      const slot = Math.max(nextSlot, t - (burst - 1) * interval);
      nextSlot = slot + interval;
      const wait = slot - t;
      if (wait > 0) await sleep(wait);
    },
  };
}
