import { test, expect } from '@playwright/test';
import { renderBenchMarkdown, type BenchResult } from '../../bench/benchReport.ts';
import type { RunRate, ThroughputResult } from '../../bench/throughput.ts';

const rate = (cases: number, perSecond: number): RunRate => ({
  cases,
  wallMs: Math.round((cases / perSecond) * 1000),
  perSecond,
  enginePerSecond: perSecond * 1.2,
});

function throughput(): ThroughputResult {
  const fuzz = [rate(20_400, 1000), rate(20_400, 1200), rate(20_400, 900)];
  const st = [
    { ...rate(612, 100), generated: 611 },
    { ...rate(612, 100), generated: 611 },
    { ...rate(612, 100), generated: 611 },
  ];
  return {
    rounds: 3,
    ceiling: [1, 2, 3].map(() => ({ undici: 20_000, pwBare: 1_250, pwTransport: 2_000, source: 'test' })),
    suite: [rate(949, 200), rate(949, 200), rate(949, 200)],
    fuzz,
    schemathesis: st,
    matched: [{ schemathesis: rate(1_812, 80), ours: rate(1_812, 400), numRuns: 302 }],
    matchedMaxExamples: 500,
    startup: [
      { firstRequestMs: 1200, runnerReadyMs: 2500, firstOutcomeMs: 3000, exitMs: 5000, exitCode: 0, casesLogged: 1000 },
      { firstRequestMs: 1400, runnerReadyMs: 2700, firstOutcomeMs: 3100, exitMs: 5200, exitCode: 0, casesLogged: 1000 },
    ],
    floor: [{ tests: 19, wallMs: 1_400, exitCode: 0 }],
    suiteCpu: {
      wallMs: 2_500,
      exitCode: 0,
      cores: 2,
      roles: [
        { role: 'npm', processes: 1, cpuMs: 100 },
        { role: 'command', processes: 1, cpuMs: 2_200 },
        { role: 'mock', processes: 1, cpuMs: 300 },
        { role: 'playwright runner', processes: 1, cpuMs: 700 },
        { role: 'playwright worker', processes: 1, cpuMs: 700 },
      ],
      totalCpuMs: 4_000,
      cpuBoundWallMs: 2_000,
    },
    slowGateway: rate(1019, 12.5),
    medians: {
      undici: 20_000,
      pwBare: 1_250,
      pwTransport: 2_000,
      suiteWall: 200,
      suiteEngine: 240,
      suiteCases: 949,
      fuzzWall: 1000,
      fuzzEngine: 1200,
      fuzzCases: 20_400,
      fuzzOther: 1500,
      fuzzSingleUseOtp: 700,
      stWall: 100,
      stCases: 612,
      stWallMs: 6120,
      fuzzOverStPaired: 10,
      matchedStWall: 80,
      matchedStCases: 1_812,
      matchedOursWall: 400,
      matchedOursCases: 1_812,
      matchedPaired: 5,
      startupFirstRequestMs: 1300,
      startupRunnerReadyMs: 2600,
      startupExitMs: 5100,
      floorMs: 1_400,
    },
    commands: { fuzz: 'LR_NUM_RUNS=3400 npm run contract' },
  };
}

const result = (t: ThroughputResult | null): BenchResult => ({
  version: 1,
  startedAt: 'start',
  finishedAt: 'end',
  command: 'npm run bench',
  quick: false,
  machine: {
    nproc: 2,
    cpuModel: 'cpu',
    loadAverageAtStart: [1, 1, 1],
    memoryGiB: 8,
    node: 'v20',
    python: 'Python 3.11',
    platform: 'linux x64',
  },
  schemathesisVersion: '4.32.5',
  throughput: t,
  bugFinding: null,
  remote: [],
});

test('throughput rows: ratios to the ceiling and to Schemathesis, the OTP split, the budget-matched pair', () => {
  const md = renderBenchMarkdown(result(throughput()));
  expect(md).toMatch(/\| Long fuzz run \(20,400 cases\), wall clock incl\. start-up \| 1,250 \| 1,000 \| {2}\| 80 % \| 10\.0× \|/);
  expect(md).toMatch(/positive single-use OTP cases[^|]*\| 1,250 \| 700 \| has none \| 56 % \|/);
  expect(md).toMatch(
    /Budget-matched, wall clock incl\. start-up: Schemathesis --max-examples 500 \(1,812 requests\) vs our fuzz run of 1,812 cases \| 1,250 \| 400 \| 80 \| 32 % \| 5\.0× \(paired\) \|/,
  );
  // Paired per-round ratios are listed round by round.
  expect(md).toContain('paired per round: median 10.0× (rounds: 10.0×, 12.0×, 9.0×)');
  expect(md).toContain('| 1 | 20,000 | 1,250 | 2,000 | 200 | 1,000 | 100 | 80 / 400 |');
  expect(md).toContain('Start-up of `npm run contract` (median of 2, ms from the command): first request 1300, ');
  // The floor row: the suite's 949 cases over Playwright's runner alone (1.4 s) = 678 cases/s, 6.8× Schemathesis at most.
  expect(md).toMatch(
    /the suite's cases over the runner alone \(19 empty tests, the same reporters, no request: 1\.40 s\) \| 1,250 \| 678 \| {2}\| 54 % \| 6\.8× \|/,
  );
  expect(md).toContain('Default suite with every answer 2000 ms late (a slow gateway): 1,019 cases in 82 s (13 cases/s).');
  // The cores: 4,000 CPU ms over 2 cores is at least 2,000 ms; the run's 2,500 ms is 80 % of that minimum.
  expect(md).toContain(
    "npm 100 · command 2,200 · mock 300 · playwright runner 700 · playwright worker 700 = 4,000 ms on 2 cores, so no schedule of this work ends before 2,000 ms; this run took 2,500 ms (80 % of that minimum). npm and Playwright's processes alone: 1,500 ms.",
  );
});

test('a skipped section says so instead of an empty table', () => {
  const md = renderBenchMarkdown(result(null));
  expect(md).toContain('## Throughput\n\nskipped (--skip-throughput)');
  expect(md).toContain('## Remote\n\nskipped (--skip-remote or --quick)');
});

test('remote rows: wall time against the plan estimate and the floor, per account count', () => {
  const remote = [
    { accounts: 1, wallMs: 266_000, exitCode: 0, casesSent: 604, floorMs: 270_000, estimateMs: 278_000 },
    { accounts: 3, wallMs: 151_000, exitCode: 0, casesSent: 604, floorMs: 140_000, estimateMs: 148_000 },
  ];
  const md = renderBenchMarkdown({ ...result(null), remote });
  expect(md).toContain('| 1 | 266 s | 0 | 604 | 278 s | 270 s | 0.99× |');
  expect(md).toContain('| 3 | 151 s | 0 | 604 | 148 s | 140 s | 1.08× |');
});
