/**
 * How long this process's event loop has been blocked, in total. An answer that arrives while the
 * loop is busy (validating, shrinking, generating for other tests) waits in the socket: that time
 * is the harness's, not the target's. A timer ticks every TICK_MS; a tick later than SLACK_MS past
 * its time adds its lateness. Reading also counts the tick that is late right now (a response
 * callback may run before the overdue timer does).
 */
const TICK_MS = 20;
const SLACK_MS = 10;

export interface StallClock {
  /** Total blocked time so far, in ms (monotonic). */
  read(): number;
  /** Stops ticking. Idempotent. */
  stop(): void;
}

export function startStallClock(now: () => number = () => performance.now()): StallClock {
  let stalledMs = 0;
  let last = now();
  const lateness = (at: number): number => Math.max(0, at - last - TICK_MS);
  const timer = setInterval(() => {
    const at = now();
    const late = lateness(at);
    if (late > SLACK_MS) stalledMs += late;
    last = at;
  }, TICK_MS);
  timer.unref(); // never keeps the process alive
  return {
    read() {
      const late = lateness(now());
      return stalledMs + (late > SLACK_MS ? late : 0);
    },
    stop: () => clearInterval(timer),
  };
}
