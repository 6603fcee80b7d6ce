import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { createFreshOtpSource } from '../../../loginradius/otp/freshOtpSource.ts';
import { totpCode, totpStep } from '../../../loginradius/otp/totpCode.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** A target clock the test controls: `advance` moves it, `sleep` moves it too (no real waiting). */
function fakeClock(startMs: number, withAdvance: boolean) {
  let now = startMs;
  const slept: number[] = [];
  return {
    clock: { now: async () => now, ...(withAdvance ? { advance: async (ms: number) => (now += ms) } : {}) },
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    slept,
    get now() {
      return now;
    },
  };
}

/** The step offset (relative to the target's time at use) whose TOTP is `code`, or undefined. */
const offsetOf = (code: string, nowMs: number): number | undefined => [-1, 0, 1, 2].find((k) => totpCode(SECRET, nowMs, k) === code);

test('law: codes go out for strictly increasing steps; the current step against a real target, the current or next on the mock', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
      fc.boolean(),
      fc.integer({ min: 2, max: 6 }),
      async (start, mock, n) => {
        const target = fakeClock(start, mock);
        const source = createFreshOtpSource({ totpSecret: SECRET, clock: target.clock, sleep: target.sleep });
        const steps: number[] = [];
        for (let i = 0; i < n; i++) {
          await source.withFreshOtp(async (code) => {
            const offset = offsetOf(code, target.now);
            expect(mock ? [0, 1] : [0]).toContain(offset);
            steps.push(totpStep(target.now) + (offset ?? NaN));
          });
        }
        for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
      },
    ),
    { numRuns: 30 },
  );
});

test('on the mock: two codes per clock position (current, next step), then the clock moves two steps; against a real target it waits for the next step', async () => {
  const start = 1_700_000_000_000;
  const mock = fakeClock(start, true);
  let stored: number | undefined;
  const viaMock = createFreshOtpSource({
    totpSecret: SECRET,
    clock: mock.clock,
    sleep: mock.sleep,
    usedSteps: {
      read: () => stored,
      write: (s) => {
        stored = s;
      },
    },
  });
  const seen: Array<{ clockStep: number; codeOffset: number | undefined }> = [];
  for (let i = 0; i < 5; i++)
    await viaMock.withFreshOtp(async (code) => {
      seen.push({ clockStep: totpStep(mock.now) - totpStep(start), codeOffset: offsetOf(code, mock.now) });
    });
  expect(seen).toEqual([
    { clockStep: 0, codeOffset: 0 },
    { clockStep: 0, codeOffset: 1 },
    { clockStep: 2, codeOffset: 0 },
    { clockStep: 2, codeOffset: 1 },
    { clockStep: 4, codeOffset: 0 },
  ]);
  expect(mock.slept).toEqual([]);

  const real = fakeClock(1_700_000_000_000, false);
  const viaWait = createFreshOtpSource({ totpSecret: SECRET, clock: real.clock, sleep: real.sleep });
  await viaWait.withFreshOtp(async () => undefined);
  await viaWait.withFreshOtp(async () => undefined);
  expect(real.slept).toHaveLength(1);
  expect(real.slept[0]).toBeLessThanOrEqual(30_250);
});

test('a source started later (a restarted worker) never reuses the last step another source used', async () => {
  const mock = fakeClock(1_700_000_000_000, true);
  let stored: number | undefined;
  const store = {
    read: () => stored,
    write: (step: number) => {
      stored = step;
    },
  };
  const first = createFreshOtpSource({ totpSecret: SECRET, clock: mock.clock, usedSteps: store });
  const used = await first.withFreshOtp(async (code) => code);
  const second = createFreshOtpSource({ totpSecret: SECRET, clock: mock.clock, usedSteps: store });
  const next = await second.withFreshOtp(async (code) => code);
  expect(next).not.toBe(used);
  expect(stored).toBe(totpStep(1_700_000_000_000) + 1);
  // A code that never reached the target is not recorded.
  await second.withFreshOtp(async () => ({ outcome: { kind: 'transport-error' } }));
  expect(stored).toBe(totpStep(1_700_000_000_000) + 1);
});

test('on the mock without a store, a new source assumes an earlier one used the current and next steps', async () => {
  const start = 1_700_000_000_000;
  const mock = fakeClock(start, true);
  const earlier = createFreshOtpSource({ totpSecret: SECRET, clock: mock.clock });
  const earlierSteps: number[] = [];
  for (let i = 0; i < 3; i++)
    await earlier.withFreshOtp(async (code) => {
      earlierSteps.push(totpStep(mock.now) + (offsetOf(code, mock.now) ?? NaN));
    });
  const later = createFreshOtpSource({ totpSecret: SECRET, clock: mock.clock });
  const laterStep = await later.withFreshOtp(async (code) => totpStep(mock.now) + (offsetOf(code, mock.now) ?? NaN));
  expect(laterStep).toBeGreaterThan(Math.max(...earlierSteps));
});

test('a code whose request never arrived (transport error) is not used up', async () => {
  const real = fakeClock(1_700_000_000_000, false);
  const source = createFreshOtpSource({ totpSecret: SECRET, clock: real.clock, sleep: real.sleep });
  const first = await source.withFreshOtp(async (code) => ({ code, outcome: { kind: 'transport-error' } }));
  const second = await source.withFreshOtp(async (code) => ({ code, outcome: { kind: 'response' } }));
  expect(second.code).toBe(first.code);
  expect(real.slept).toEqual([]);
});

test('expiredCode: outside the ±1 window, inside 300 s, never a step this source used', async () => {
  const mock = fakeClock(1_700_000_000_000, true);
  const source = createFreshOtpSource({ totpSecret: SECRET, clock: mock.clock });
  for (let i = 0; i < 3; i++) await source.withFreshOtp(async () => undefined);
  const now = mock.now;
  const expired = source.expiredCode(now);
  const usedCodes = [0, 1, 2].map((back) => totpCode(SECRET, now, -back));
  expect(expired).toBeDefined();
  expect(usedCodes).not.toContain(expired);
  expect([3, 4, 5, 6, 7, 8, 9].map((back) => totpCode(SECRET, now, -back))).toContain(expired);
});

test('against a real clock calls are serialised: a second code is not drawn before the first request settled', async () => {
  const real = fakeClock(1_700_000_000_000, false);
  const source = createFreshOtpSource({ totpSecret: SECRET, clock: real.clock, sleep: real.sleep });
  const order: string[] = [];
  let release!: () => void;
  const first = source.withFreshOtp(async () => {
    order.push('first start');
    await new Promise<void>((r) => (release = r));
    order.push('first end');
  });
  const second = source.withFreshOtp(async () => {
    order.push('second start');
  });
  await new Promise((r) => setTimeout(r, 20));
  release();
  await Promise.all([first, second]);
  expect(order).toEqual(['first start', 'first end', 'second start']);
});

test('on a movable clock the two codes of one position are in use at once; the clock moves only when both settled', async () => {
  const mock = fakeClock(1_700_000_000_000, true);
  const source = createFreshOtpSource({ totpSecret: SECRET, clock: mock.clock });
  const order: string[] = [];
  const releases: Array<() => void> = [];
  const codes: string[] = [];
  const hold = (name: string) =>
    source.withFreshOtp(async (code) => {
      codes.push(code);
      order.push(`${name} start @${mock.now}`);
      await new Promise<void>((r) => releases.push(r));
      order.push(`${name} end`);
    });
  const running = [hold('a'), hold('b'), hold('c')];
  await new Promise((r) => setTimeout(r, 20));
  const positionBefore = mock.now;
  // After the first jump a and b hold the current and the next step; c waits for both, since only a clock move frees a step.
  expect(order).toEqual([`a start @${positionBefore}`, `b start @${positionBefore}`]);
  releases[0]!();
  await new Promise((r) => setTimeout(r, 20));
  expect(order).toHaveLength(3);
  releases[1]!();
  await new Promise((r) => setTimeout(r, 20));
  expect(order.at(-1)).toMatch(/^c start @/);
  expect(mock.now).toBeGreaterThan(positionBefore);
  releases[2]!();
  await Promise.all(running);
  expect(new Set(codes).size).toBe(3);
});

test('a missing secret is refused with the call named', () => {
  expect(() => createFreshOtpSource({ totpSecret: '', clock: { now: async () => 0 } })).toThrow(
    /createFreshOtpSource: totpSecret is required/,
  );
});
