/**
 * The throughput rows, measured in alternated rounds (ceiling, suite, fuzz, Schemathesis; again …)
 * so the shared machine's drift hits each alike; the table shows medians. Single worker throughout:
 * our config runs one Playwright worker by design (the phases share the mock's clock and one test
 * account per role), and Schemathesis gets --workers 1.
 */
import { join } from 'node:path';
import type { BenchOptions } from './benchOptions.ts';
import { runCeiling, type CeilingResult } from './ceilingRun.ts';
import { loadContract } from '../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import { busyMs } from './busyMs.ts';
import { measurePlaywrightFloor, type PlaywrightFloor } from './playwrightFloor.ts';
import { measureProcessCpu, type ProcessCpu } from './processCpu.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { otpVerifyingOperations } from '../loginradius/index.ts';
import { suiteTests } from '../harness/suite/suiteTests.ts';
import { runContract, type ContractRunResult, type PhaseRate } from './contractRun.ts';
import { startMockProcess } from './mockProcess.ts';
import { median } from './stats.ts';
import { alternate } from './stats.ts';
import type { SchemathesisEnv } from './schemathesisEnv.ts';
import { runSchemathesis } from './schemathesisRun.ts';
import { measureStartup, type StartupStages } from './startupStages.ts';

/** The slow-gateway row: every vendor answer 2 s late (the mock's latency option). */
export const SLOW_GATEWAY_MS = 2000;

export const FUZZ_GREP = 'positive mfaReAuthenticate|negative';

export interface RunRate {
  readonly cases: number;
  readonly wallMs: number;
  readonly perSecond: number;
  readonly enginePerSecond?: number;
  /** Engine rate of the positive phases of OTP-verifying operations (one fresh single-use code per case), over their own spans. */
  readonly singleUseOtpPerSecond?: number;
  /** Engine rate of every other phase: the kind of cases Schemathesis sends too. */
  readonly otherPerSecond?: number;
}

const OTP_VERIFYING: ReadonlySet<string> = new Set(otpVerifyingOperations(loadContract(DEFAULT_CONTRACT_PATH)));
const needsSingleUseOtp = (p: PhaseRate): boolean =>
  p.phase === 'positive' && p.operationId !== undefined && OTP_VERIFYING.has(p.operationId);
const perSecond = (phases: readonly PhaseRate[]): number | undefined => {
  const ms = busyMs(phases);
  return ms > 0 ? phases.reduce((n, p) => n + p.cases, 0) / (ms / 1000) : undefined;
};

export interface ThroughputResult {
  readonly rounds: number;
  readonly ceiling: readonly CeilingResult[];
  readonly suite: readonly RunRate[];
  readonly fuzz: readonly RunRate[];
  readonly schemathesis: readonly (RunRate & { generated: number })[];
  /** Budget-matched pair: Schemathesis at stMatchedMaxExamples, then our fuzz run sized to its request count. */
  readonly matched: readonly { readonly schemathesis: RunRate; readonly ours: RunRate; readonly numRuns: number }[];
  readonly matchedMaxExamples: number;
  /** Playwright's runner alone with the suite's number of empty tests, one per round (bench/playwrightFloor.ts). */
  readonly floor: readonly PlaywrightFloor[];
  /** One default-suite run's CPU time per process (bench/processCpu.ts). */
  readonly suiteCpu: ProcessCpu;
  /** Start-up stages of the default suite, one per round (bench/startupStages.ts). */
  readonly startup: readonly StartupStages[];
  /** The default suite once with SLOW_GATEWAY_MS added to every answer (null: not run). */
  readonly slowGateway: RunRate | null;
  readonly medians: {
    readonly undici: number;
    readonly pwBare: number;
    readonly pwTransport: number;
    readonly suiteWall: number;
    readonly suiteEngine: number;
    readonly suiteCases: number;
    readonly fuzzWall: number;
    readonly fuzzEngine: number;
    readonly fuzzCases: number;
    readonly fuzzOther: number;
    readonly fuzzSingleUseOtp: number;
    readonly stWall: number | null;
    readonly stCases: number | null;
    readonly stWallMs: number | null;
    /** Median over rounds of (our fuzz cases/s ÷ Schemathesis cases/s) within the same round. */
    readonly fuzzOverStPaired: number | null;
    readonly matchedStWall: number | null;
    readonly matchedStCases: number | null;
    readonly matchedOursWall: number | null;
    readonly matchedOursCases: number | null;
    readonly matchedPaired: number | null;
    readonly startupFirstRequestMs: number;
    readonly startupRunnerReadyMs: number;
    readonly startupExitMs: number;
    readonly floorMs: number;
  };
  readonly commands: Record<string, string>;
}

/** The bench's own options (documented with their defaults in benchOptions.ts) plus the run's context. */
export type ThroughputOptions = Pick<
  BenchOptions,
  'rounds' | 'ceilingSeconds' | 'inflight' | 'fuzzNumRuns' | 'stMaxExamples' | 'stMatchedMaxExamples' | 'quick'
> & {
  readonly cwd: string;
  readonly st: SchemathesisEnv | null;
  readonly log: (line: string) => void;
};

/** Rates of one contract run; throws when the run failed on the clean mock (a broken run is no benchmark). */
export const toRunRate = (r: ContractRunResult): RunRate => {
  if (r.exitCode !== 0)
    throw new Error(
      `throughput: the contract run exited ${r.exitCode} on the clean mock (${r.distinctFailures} failures); fix that before benchmarking`,
    );
  const otp = perSecond(r.phases.filter(needsSingleUseOtp));
  const other = perSecond(r.phases.filter((p) => !needsSingleUseOtp(p)));
  return {
    cases: r.casesSent,
    wallMs: Math.round(r.wallMs),
    perSecond: r.casesSent / (r.wallMs / 1000),
    enginePerSecond: r.casesSent / (r.engineMs / 1000),
    ...(otp === undefined ? {} : { singleUseOtpPerSecond: otp }),
    ...(other === undefined ? {} : { otherPerSecond: other }),
  };
};

export async function runThroughput(o: ThroughputOptions): Promise<ThroughputResult> {
  const ceiling: CeilingResult[] = [];
  const suite: RunRate[] = [];
  const fuzz: RunRate[] = [];
  const st: Array<RunRate & { generated: number }> = [];
  const matched: Array<{ schemathesis: RunRate; ours: RunRate; numRuns: number }> = [];
  const startup: StartupStages[] = [];
  const floor: PlaywrightFloor[] = [];
  const suiteTestCount = suiteTests(operationIds(loadContract(DEFAULT_CONTRACT_PATH))).length;
  let stCommand = 'not run';
  const fuzzRun = async (numRuns: number): Promise<RunRate> =>
    toRunRate(await runContract({ cwd: o.cwd, env: { LR_NUM_RUNS: String(numRuns) }, args: ['--grep', FUZZ_GREP] }));
  const stRun = async (st: SchemathesisEnv, maxExamples: number): Promise<RunRate & { generated: number; command: string }> => {
    const mock = await startMockProcess({ cwd: o.cwd });
    try {
      const before = await mock.requestsServed();
      const r = await runSchemathesis(st, { url: mock.url, openapiPath: join(o.cwd, 'openapi', 'loginradius-mfa.yaml'), maxExamples });
      const cases = (await mock.requestsServed()) - before;
      return { cases, wallMs: Math.round(r.wallMs), perSecond: cases / (r.wallMs / 1000), generated: r.generated, command: r.command };
    } finally {
      await mock.close();
    }
  };
  const items = [
    'ceiling',
    'startup',
    'floor',
    'suite',
    'fuzz',
    ...(o.st ? ['schemathesis'] : []),
    ...(o.st && o.stMatchedMaxExamples > 0 ? ['matched'] : []),
  ] as const;
  for (const { round, item } of alternate(items, o.rounds)) {
    if (item === 'ceiling') ceiling.push(await runCeiling({ cwd: o.cwd, seconds: o.ceilingSeconds, inflight: o.inflight }));
    if (item === 'startup') startup.push(await measureStartup({ cwd: o.cwd }));
    if (item === 'floor') floor.push(await measurePlaywrightFloor({ cwd: o.cwd, tests: suiteTestCount }));
    if (item === 'suite') suite.push(toRunRate(await runContract({ cwd: o.cwd })));
    if (item === 'fuzz') fuzz.push(await fuzzRun(o.fuzzNumRuns));
    if (item === 'schemathesis' && o.st) {
      const { command, ...r } = await stRun(o.st, o.stMaxExamples);
      stCommand = command;
      st.push(r);
    }
    if (item === 'matched' && o.st) {
      const { command: _command, generated: _generated, ...theirs } = await stRun(o.st, o.stMatchedMaxExamples);
      // The fuzz --grep runs 6 phases of LR_NUM_RUNS cases each (the wrong-OTP test: two halves).
      const numRuns = Math.max(1, Math.round(theirs.cases / 6));
      matched.push({ schemathesis: theirs, ours: await fuzzRun(numRuns), numRuns });
    }
    const last = {
      ceiling: ceiling.at(-1),
      startup: startup.at(-1),
      floor: floor.at(-1),
      suite: suite.at(-1),
      fuzz: fuzz.at(-1),
      schemathesis: st.at(-1),
      matched: matched.at(-1),
    }[item];
    o.log(`  round ${round + 1}/${o.rounds} ${item.padEnd(12)} ${JSON.stringify(last)}`);
  }
  // Once: a slow gateway makes the suite wait, not work (the 2 s limit of max_response_time is raised for it).
  const slowGateway = o.quick
    ? null
    : toRunRate(await runContract({ cwd: o.cwd, env: { LR_MOCK_LATENCY_MS: String(SLOW_GATEWAY_MS), LR_MAX_RESPONSE_TIME_MS: '10000' } }));
  if (slowGateway) o.log(`  slow gateway (${SLOW_GATEWAY_MS} ms per answer): ${JSON.stringify(slowGateway)}`);
  const suiteCpu = await measureProcessCpu({ cwd: o.cwd });
  o.log(`  default suite, CPU per process: ${JSON.stringify(suiteCpu)}`);
  const m = (xs: readonly number[]): number => median(xs);
  const mOrNull = (xs: readonly number[]): number | null => (xs.length ? median(xs) : null);
  const paired = fuzz.flatMap((f, i) => (st[i] ? [f.perSecond / st[i].perSecond] : []));
  return {
    rounds: o.rounds,
    ceiling,
    suite,
    fuzz,
    schemathesis: st,
    matched,
    matchedMaxExamples: o.stMatchedMaxExamples,
    startup,
    floor,
    suiteCpu,
    slowGateway,
    medians: {
      undici: m(ceiling.map((c) => c.undici)),
      pwBare: m(ceiling.map((c) => c.pwBare)),
      pwTransport: m(ceiling.map((c) => c.pwTransport)),
      suiteWall: m(suite.map((r) => r.perSecond)),
      suiteEngine: m(suite.map((r) => r.enginePerSecond ?? NaN)),
      suiteCases: m(suite.map((r) => r.cases)),
      fuzzWall: m(fuzz.map((r) => r.perSecond)),
      fuzzEngine: m(fuzz.map((r) => r.enginePerSecond ?? NaN)),
      fuzzCases: m(fuzz.map((r) => r.cases)),
      fuzzOther: m(fuzz.map((r) => r.otherPerSecond ?? NaN)),
      fuzzSingleUseOtp: m(fuzz.map((r) => r.singleUseOtpPerSecond ?? NaN)),
      stWall: mOrNull(st.map((r) => r.perSecond)),
      stCases: mOrNull(st.map((r) => r.cases)),
      stWallMs: mOrNull(st.map((r) => r.wallMs)),
      fuzzOverStPaired: mOrNull(paired),
      matchedStWall: mOrNull(matched.map((p) => p.schemathesis.perSecond)),
      matchedStCases: mOrNull(matched.map((p) => p.schemathesis.cases)),
      matchedOursWall: mOrNull(matched.map((p) => p.ours.perSecond)),
      matchedOursCases: mOrNull(matched.map((p) => p.ours.cases)),
      matchedPaired: mOrNull(matched.map((p) => p.ours.perSecond / p.schemathesis.perSecond)),
      startupFirstRequestMs: m(startup.map((s) => s.firstRequestMs)),
      startupRunnerReadyMs: m(startup.map((s) => s.runnerReadyMs)),
      startupExitMs: m(startup.map((s) => s.exitMs)),
      floorMs: m(floor.map((f) => f.wallMs)),
    },
    commands: {
      ceiling: `npx tsx bench/transport-ceiling.ts --seconds ${o.ceilingSeconds} --inflight ${o.inflight}`,
      suite: 'LR_SEED=20261125 npm run contract',
      startup: 'npm run contract against a running mock; stages from its log and the output (bench/startupStages.ts)',
      floor: `npm exec playwright test: ${suiteTestCount} empty tests, the suite's Playwright reporters (bench/playwrightFloor.ts)`,
      slowGateway: `LR_MOCK_LATENCY_MS=${SLOW_GATEWAY_MS} LR_MAX_RESPONSE_TIME_MS=10000 LR_SEED=20261125 npm run contract`,
      fuzz: `LR_SEED=20261125 LR_NUM_RUNS=${o.fuzzNumRuns} npm run contract -- --grep "${FUZZ_GREP}"`,
      schemathesis: stCommand,
      ...(matched.length
        ? {
            matched: `Schemathesis as above with --max-examples ${o.stMatchedMaxExamples}; then LR_SEED=20261125 LR_NUM_RUNS=${matched[0]?.numRuns} npm run contract -- --grep "${FUZZ_GREP}"`,
          }
        : {}),
    },
  };
}
