/**
 * Runs the suite's tests on one harness. A test starts when asked for (`result`), or at once for a
 * whole run (`startAll`).
 * - On the mock, tests run at once unless their account uses conflict (`AccountUse`: one needs an
 *   account alone, or spoils what the other reads); a test then waits for every started test it
 *   conflicts with, so conflicting tests keep suite order and every test meets its accounts as
 *   the sequential order would leave them. Each account has its own clock, so nothing else waits.
 *   At most `MOCK_TESTS_AT_ONCE` run together (in suite order): each has a phase's requests in
 *   flight, and more would queue inside this process and be timed as the target's slowness. A test
 *   that sends one request at a time (a stateful flow) takes no such place.
 * - Against a real tenant (one rate cap) tests run one after another in suite order (the main
 *   lane), except the tests that spend TOTP codes: they run in the OTP lane, beside the main lane,
 *   drawing codes from the account pool while the other tests keep sending within the rate cap.
 */
import type { Harness } from '../harness.ts';
import { conflicts } from './accountUses.ts';
import type { SuiteContext, SuiteJobResult, SuiteTest } from './suiteTest.ts';

export interface SuiteRunner {
  readonly tests: readonly SuiteTest[];
  /** The test's result; starts it (in its lane) if it has not started. */
  result(title: string): Promise<SuiteJobResult>;
  /**
   * A whole run, or the tests a narrowed run is known to ask for: the OTP lane's tests start now,
   * then every other test in order. @defaultValue every test
   */
  startAll(selection?: readonly SuiteTest[]): void;
  /**
   * Only the OTP lane (a worker that runs the whole suite): the examples and flows at once, the
   * positive tests once those have their codes (a flow needs codes from one account one step apart,
   * and its test comes first, so it must not queue behind positive cases on that account).
   */
  startOtpLane(selection?: readonly SuiteTest[]): void;
}

/** Tests running together on the mock: with a phase's 8 in flight each, 32 requests at most. */
export const MOCK_TESTS_AT_ONCE = 4;

/** A counting semaphore: `run` waits for a free slot, in call order. */
function slots(size: number): <T>(run: () => Promise<T>) => Promise<T> {
  let free = size;
  const waiting: Array<() => void> = [];
  return async (run) => {
    if (free > 0) free -= 1;
    else await new Promise<void>((wake) => waiting.push(wake));
    try {
      return await run();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

export function createSuiteRunner(harness: Harness, tests: readonly SuiteTest[]): SuiteRunner {
  const byTitle = new Map(tests.map((t) => [t.title, t]));
  const running = new Map<string, Promise<SuiteJobResult>>();
  const remote = harness.config.target.kind === 'remote';
  const inOtpLane = (t: SuiteTest): boolean => remote && t.spendsOtp(harness);
  let mainTail: Promise<unknown> = Promise.resolve();

  const started: Array<{ readonly test: SuiteTest; readonly done: Promise<unknown> }> = [];
  const inSlot = slots(MOCK_TESTS_AT_ONCE);
  const start = (t: SuiteTest): Promise<SuiteJobResult> => {
    const existing = running.get(t.title);
    if (existing) return existing;
    let job: Promise<SuiteJobResult>;
    if (!remote) {
      const uses = t.accounts(harness);
      const before = started.filter((s) => conflicts(uses, s.test.accounts(harness))).map((s) => s.done);
      job = Promise.allSettled(before).then(() => (t.oneRequestAtATime ? t.run(context) : inSlot(() => t.run(context))));
      started.push({ test: t, done: job.catch(() => undefined) });
    } else if (inOtpLane(t)) job = t.run(context);
    else {
      job = mainTail.then(() => t.run(context));
      mainTail = job.catch(() => undefined);
    }
    job.catch(() => undefined); // awaited, and reported, by its test
    running.set(t.title, job);
    return job;
  };

  const result = (title: string): Promise<SuiteJobResult> => {
    const t = byTitle.get(title);
    return t ? start(t) : Promise.reject(new Error(`the contract suite has no test titled "${title}"`));
  };
  const context: SuiteContext = { harness, result, hasStarted: (title) => running.has(title) };

  const startOtpLane = (selection: readonly SuiteTest[] = tests): void => {
    const lane = selection.filter(inOtpLane);
    const first = lane.filter((t) => t.file !== 'positive').map(start);
    void Promise.allSettled(first).then(() => {
      for (const t of lane) if (t.file === 'positive') start(t);
    });
  };

  return {
    tests,
    result,
    startOtpLane,
    startAll(selection = tests) {
      startOtpLane(selection);
      for (const t of selection) if (!inOtpLane(t)) start(t);
    },
  };
}
