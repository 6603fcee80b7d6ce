/**
 * Laws of the suite runner, over fake tests that record when they run. On the mock: tests whose
 * account uses conflict never overlap and keep suite order, the others start at once. Against a
 * real tenant: the main lane runs one test at a time in suite order and the OTP lane runs beside
 * it, its positive tests after the others have their codes. Everywhere: a test asked for alone runs
 * alone, and a failed test neither blocks the others nor hides its error.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import type { Harness } from '../../../harness/harness.ts';
import { createSuiteRunner, MOCK_TESTS_AT_ONCE } from '../../../harness/suite/suiteRunner.ts';
import { conflicts } from '../../../harness/suite/accountUses.ts';
import type { AccountUse, SpecFile, SuiteJobResult, SuiteTest } from '../../../harness/suite/suiteTest.ts';

const harnessFor = (kind: 'mock' | 'remote') => ({ config: { target: { kind } } }) as unknown as Harness;

interface Spec {
  readonly file: SpecFile;
  readonly otp: boolean;
  readonly ms: number;
  readonly fails: boolean;
  readonly uses: readonly AccountUse[];
  readonly oneAtATime?: boolean;
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const done = (title: string): SuiteJobResult => ({
  outcome: { records: [], annotations: [{ type: 'ran', description: title }], verdict: { harnessErrors: [], failures: [], sent: 1 } },
  exchanges: [],
});

function fakeTests(specs: readonly Spec[], log: string[]): SuiteTest[] {
  return specs.map((s, i) => {
    const title = `${s.file} ${i}`;
    return {
      file: s.file,
      title,
      spendsOtp: () => s.otp,
      accounts: () => s.uses,
      ...(s.oneAtATime ? { oneRequestAtATime: true } : {}),
      async run() {
        log.push(`start ${title}`);
        await tick(s.ms);
        log.push(`end ${title}`);
        if (s.fails) throw new Error(`${title} broke`);
        return done(title);
      },
    };
  });
}

const specArb = fc.record({
  file: fc.constantFrom<SpecFile>('drift', 'examples', 'flows', 'negative', 'positive'),
  otp: fc.boolean(),
  ms: fc.integer({ min: 0, max: 3 }),
  fails: fc.boolean(),
  oneAtATime: fc.boolean(),
  uses: fc.array(
    fc.record({ account: fc.constantFrom('a', 'b', 'c'), mode: fc.constantFrom<AccountUse['mode']>('read', 'spoil', 'exclusive') }),
    {
      maxLength: 2,
    },
  ),
});

/** Titles whose runs overlap in the log (one starts before the other ended). */
function overlapping(log: readonly string[], titles: ReadonlySet<string>): boolean {
  let open = 0;
  for (const line of log) {
    const [what, ...rest] = line.split(' ');
    if (!titles.has(rest.join(' '))) continue;
    open += what === 'start' ? 1 : -1;
    if (open > 1) return true;
  }
  return false;
}

test('on the mock, startAll runs every test once; conflicting tests never overlap and keep suite order; at most MOCK_TESTS_AT_ONCE at once', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 8 }), async (specs) => {
      const log: string[] = [];
      const tests = fakeTests(specs, log);
      const runner = createSuiteRunner(harnessFor('mock'), tests);
      runner.startAll();
      const settled = await Promise.allSettled(tests.map((t) => runner.result(t.title)));
      for (const t of tests) expect(log.filter((l) => l === `start ${t.title}`)).toHaveLength(1);
      for (const [i, s] of settled.entries()) expect(s.status).toBe(specs[i]!.fails ? 'rejected' : 'fulfilled');
      for (const [j, later] of tests.entries()) {
        const earlier = tests.slice(0, j).filter((_t, i) => conflicts(specs[i]!.uses, specs[j]!.uses));
        // Every conflicting earlier test ended before this one started (failed ones too).
        for (const e of earlier) expect(log.indexOf(`end ${e.title}`)).toBeLessThan(log.indexOf(`start ${later.title}`));
      }
      // Never more than MOCK_TESTS_AT_ONCE at once, not counting the tests that send one request at a time.
      const slotted = new Set(tests.filter((_t, i) => !specs[i]!.oneAtATime).map((t) => t.title));
      let open = 0;
      for (const line of log) {
        if (!slotted.has(line.slice(line.indexOf(' ') + 1))) continue;
        open += line.startsWith('start ') ? 1 : -1;
        expect(open).toBeLessThanOrEqual(MOCK_TESTS_AT_ONCE);
      }
      // With no conflict and a slot for each, every test starts before any ends.
      if (
        slotted.size <= MOCK_TESTS_AT_ONCE &&
        tests.every((_t, j) => tests.slice(0, j).every((_u, i) => !conflicts(specs[i]!.uses, specs[j]!.uses)))
      )
        expect(log.slice(0, tests.length).every((l) => l.startsWith('start '))).toBe(true);
    }),
    { numRuns: 60 },
  );
});

test('startAll(selection) starts exactly the selected tests, on the mock and remotely; the others only when asked', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom<'mock' | 'remote'>('mock', 'remote'),
      fc.array(specArb, { minLength: 1, maxLength: 8 }),
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      async (kind, specs, keep) => {
        const log: string[] = [];
        const tests = fakeTests(
          specs.map((s) => ({ ...s, fails: false })),
          log,
        );
        const runner = createSuiteRunner(harnessFor(kind), tests);
        const selection = tests.filter((_t, i) => keep[i]);
        runner.startAll(selection);
        await Promise.all(selection.map((t) => runner.result(t.title)));
        await tick(10); // a test startAll wrongly queued behind the selection has started by now
        const started = new Set(log.filter((l) => l.startsWith('start ')).map((l) => l.slice(6)));
        expect([...started].sort()).toEqual(selection.map((t) => t.title).sort());
        const other = tests.find((t) => !selection.includes(t));
        if (other) {
          await runner.result(other.title);
          expect(log).toContain(`end ${other.title}`);
        }
      },
    ),
    { numRuns: 40 },
  );
});

test('asked for one test, the runner runs that test alone, once, however often it is asked', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 6 }), fc.nat(), async (specs, pick) => {
      const log: string[] = [];
      const tests = fakeTests(
        specs.map((s) => ({ ...s, fails: false })),
        log,
      );
      const runner = createSuiteRunner(harnessFor('remote'), tests);
      const chosen = tests[pick % tests.length]!;
      const [a, b] = await Promise.all([runner.result(chosen.title), runner.result(chosen.title)]);
      expect(a).toBe(b);
      expect(log).toEqual([`start ${chosen.title}`, `end ${chosen.title}`]);
    }),
    { numRuns: 40 },
  );
});

test('remote: the OTP lane runs beside the main lane, and its positive tests start after the other OTP tests settled', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 8 }), async (specs) => {
      const log: string[] = [];
      const tests = fakeTests(specs, log);
      const runner = createSuiteRunner(harnessFor('remote'), tests);
      runner.startAll();
      const main = tests.filter((_t, i) => !specs[i]!.otp);
      const otp = tests.filter((_t, i) => specs[i]!.otp);
      // Collect without asking early (asking starts a test at once): the lanes' own order.
      await Promise.allSettled([...main, ...otp.filter((t) => t.file !== 'positive')].map((t) => runner.result(t.title)));
      await tick(5);
      await Promise.allSettled(otp.map((t) => runner.result(t.title)));
      // The main lane alone keeps its order and never overlaps itself.
      const starts = log.filter((l) => l.startsWith('start ')).map((l) => l.slice(6));
      expect(starts.filter((t) => main.some((m) => m.title === t))).toEqual(main.map((t) => t.title));
      expect(overlapping(log, new Set(main.map((t) => t.title)))).toBe(false);
      // Every OTP test that is not positive ended before any positive OTP test started.
      const firstPositive = log.findIndex((l) => l.startsWith('start positive') && otp.some((t) => l === `start ${t.title}`));
      if (firstPositive >= 0)
        for (const t of otp.filter((x) => x.file !== 'positive')) expect(log.indexOf(`end ${t.title}`)).toBeLessThan(firstPositive);
      // OTP tests do not wait for the main lane: the first OTP test starts before the first main test ends.
      if (main.length > 0 && otp.length > 0 && otp.some((t) => t.file !== 'positive')) {
        const firstOtpStart = log.findIndex((l) => otp.some((t) => t.file !== 'positive' && l === `start ${t.title}`));
        expect(firstOtpStart).toBeLessThan(log.indexOf(`end ${main[0]!.title}`));
      }
    }),
    { numRuns: 40 },
  );
});

test('on the mock an OTP test does not wait for a test it shares no account with', async () => {
  const log: string[] = [];
  const tests = fakeTests(
    [
      { file: 'drift', otp: false, ms: 5, fails: false, uses: [{ account: 'negative', mode: 'read' }] },
      { file: 'examples', otp: true, ms: 0, fails: false, uses: [{ account: 'positive', mode: 'read' }] },
    ],
    log,
  );
  const runner = createSuiteRunner(harnessFor('mock'), tests);
  runner.startAll();
  await runner.result(tests[1]!.title);
  expect(log).toEqual(['start drift 0', 'start examples 1', 'end examples 1']);
});

test('on the mock a test that sends one request at a time starts while every place is taken', async () => {
  const log: string[] = [];
  const busy = Array.from({ length: MOCK_TESTS_AT_ONCE }, (_, i) => ({
    file: 'negative' as const,
    otp: false,
    ms: 20,
    fails: false,
    uses: [{ account: `own ${i}`, mode: 'read' as const }],
  }));
  const flow = (account: string) => ({
    file: 'flows' as const,
    otp: false,
    ms: 0,
    fails: false,
    uses: [{ account, mode: 'exclusive' as const }],
  });
  const tests = fakeTests([...busy, flow('flow a'), { ...flow('flow b'), oneAtATime: true }], log);
  const runner = createSuiteRunner(harnessFor('mock'), tests);
  runner.startAll();
  await Promise.all(tests.map((t) => runner.result(t.title)));
  const firstEnd = log.findIndex((l) => l.startsWith('end negative'));
  // The slotted flow waits for a place; the one that sends one request at a time starts at once.
  expect(log.indexOf(`start ${tests[MOCK_TESTS_AT_ONCE]!.title}`)).toBeGreaterThan(firstEnd);
  expect(log.indexOf(`start ${tests[MOCK_TESTS_AT_ONCE + 1]!.title}`)).toBeLessThan(firstEnd);
});

test('a title the suite does not have is an error naming it', async () => {
  const runner = createSuiteRunner(harnessFor('mock'), []);
  await expect(runner.result('positive nothing')).rejects.toThrow('the contract suite has no test titled "positive nothing"');
});
