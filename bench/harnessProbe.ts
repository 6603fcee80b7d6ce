/**
 * Our harness, in process, against one mock URL, for bug-finding: the engine (runContractPhase) and
 * the stateful flows, built by the same createHarness as the suite. First the coverage-first phase
 * (loginradius/coverage/coverageFirstPlan.ts: each case through the run loop, each flow it names),
 * then the suite's phases in the order it runs its spec files (examples → flows → negative →
 * positive; Playwright sorts files by name), within a request budget, then the drift-baseline
 * comparison of everything observed (drift.spec.ts does the same with its own fixed sample; its
 * additive changes are warnings).
 *
 * Counting (why in process): every send goes through `observe`, which numbers it and judges the
 * exchange with the same checks (runChecks); the first send with an error-severity failure whose
 * check|operation key did not fail on the clean mock is "first detection". Flow expectations are
 * counted at the send they judge. Shrinking is off (maxShrunkFailures 0), so only exploration sends
 * count. With `stopAtFirst`, phases after the detecting one are skipped (the peer stops too).
 */
import fc from 'fast-check';
import { createBaselineRecorder } from '../engine/baseline/baseline.ts';
import { baselineFailures } from '../engine/baseline/baselineFailures.ts';
import { readBaseline } from '../engine/baseline/baselineFile.ts';
import { compareBaseline } from '../engine/baseline/compareBaseline.ts';
import { requestClassOf } from '../loginradius/baseline/requestClassOf.ts';
import { loadContract } from '../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import { runChecks } from '../engine/checks/index.ts';
import type { ContractRecord } from '../engine/events/contractRecord.ts';
import type { Exchange } from '../engine/transport/exchange.ts';
import { exampleCases, negativeCase, positiveCase } from '../generators/index.ts';
import { createHarness } from '../harness/createHarness.ts';
import type { LockoutTarget } from '../harness/harness.ts';
import { loadConfig } from '../loginradius/config/loadConfig.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { lockoutFlow } from '../loginradius/flows/lockoutFlow.ts';
import { otpSingleUseFlow } from '../loginradius/flows/otpSingleUseFlow.ts';
import { stepUpFlow } from '../loginradius/flows/stepUpFlow.ts';
import { loginRadiusProfile } from '../loginradius/profile.ts';
import { coverageFirstPlan, type CoverageStep } from '../loginradius/coverage/coverageFirstPlan.ts';
import { OTP_SINGLE_USE_FLOW } from '../loginradius/flows/plannedFlows.ts';
import { probeFlowStep } from './probeFlowStep.ts';

export interface ProbeOptions {
  readonly mockPort: number;
  /**
   * Requests for the coverage-first phase + examples + positive + negative: the fuzz phases split
   * what the others leave, evenly over the 6 of them; the suite's own flows come on top.
   */
  readonly budget: number;
  readonly timeoutMs: number;
  /** check|operationId keys that fail on the clean mock: not a detection. @defaultValue none */
  readonly ignore?: ReadonlySet<string>;
  /** Skip the phases after the one that detected. @defaultValue true */
  readonly stopAtFirst?: boolean;
  /** @defaultValue 1 */
  readonly seed?: number;
}

export interface ProbeResult {
  readonly detected: boolean;
  readonly requestsToFirst: number | null;
  readonly firstCheck: string | null;
  readonly firstPhase: string | null;
  /** Distinct check names with new error-severity failures, over the phases run. */
  readonly checks: readonly string[];
  /** Distinct check names with new warnings (e.g. an additive field). */
  readonly warnings: readonly string[];
  /** Every error/warning key seen (check|operationId; baseline: its dedupKey): the clean run's become the ignore set. */
  readonly errorKeys: readonly string[];
  readonly requestsSent: number;
  readonly elapsedMs: number;
}

export async function probeHarness(options: ProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const ignore = options.ignore ?? new Set<string>();
  const config = loadConfig({
    env: { LR_MOCK_PORT: String(options.mockPort), LR_TIMEOUT_MS: String(options.timeoutMs), LR_SEED: String(options.seed ?? 1) },
  });

  let sent = 0;
  let phase = '';
  let first: { at: number; check: string; phase: string } | undefined;
  const note = (check: string, operationId: string): void => {
    if (!first && !ignore.has(`${check}|${operationId}`)) first = { at: sent, check, phase };
  };
  const shapes = createBaselineRecorder({
    errorCodeOf: loginRadiusProfile.errorCodeOf,
    classOf: requestClassOf(loadContract(DEFAULT_CONTRACT_PATH)),
  });
  let judge: (exchange: Exchange) => void = () => undefined;
  // Every send is counted and judged here, with the same checks the run uses.
  const harness = await createHarness(config, {
    observe: (exchange) => {
      sent += 1;
      shapes.add(exchange);
      judge(exchange);
    },
  });
  judge = (exchange) => {
    if (first) return;
    for (const [name, r] of runChecks(harness.checkContext, exchange, config.checks, harness.checks))
      if (r.status === 'failed') for (const f of r.failures) if (f.severity === 'error') note(name, f.operationId);
  };
  const { contract } = harness;

  type Step = () => Promise<ContractRecord>;
  const steps: Array<{ title: string; run: Step }> = [];
  const examples = operationIds(contract).flatMap((id) =>
    exampleCases(contract.operation(id), harness.generation('positive')).map((c, i) => ({ id, c, i })),
  );
  const fuzzPhases = 2 * operationIds(contract).length;
  // Set once the coverage-first phase has run: the fuzz phases share what it and the examples left.
  let perPhase = 1;
  for (const { id, c, i } of examples)
    steps.push({
      title: `examples ${id} #${i + 1}`,
      run: () =>
        harness.runPhase({
          phase: 'examples',
          title: `examples ${id}`,
          operationId: id,
          role: 'positive',
          arbitrary: fc.constant(c),
          numRuns: 1,
          maxShrunkFailures: 0,
        }),
    });
  const fuzzSteps: typeof steps = [];
  for (const role of ['negative', 'positive'] as const)
    for (const id of operationIds(contract)) {
      const op = contract.operation(id);
      const arbitrary = role === 'positive' ? positiveCase(op, harness.generation(role)) : negativeCase(op, harness.generation(role));
      fuzzSteps.push({
        title: `${role} ${id}`,
        run: () =>
          harness.runPhase({
            phase: role,
            title: `${role} ${id}`,
            operationId: id,
            role,
            arbitrary,
            numRuns: Math.max(1, perPhase),
            maxShrunkFailures: 0,
          }),
      });
    }
  const flowStep = probeFlowStep(harness, note);
  const targets = harness.lockoutTargets();
  const own = targets.find((t) => t.policy.type === config.lockoutType) ?? targets[0]!;
  const flowAccount: LockoutTarget = { credentials: harness.credentials('flow'), otp: harness.otp('flow'), policy: own.policy };
  const plan = coverageFirstPlan({
    contract,
    config,
    generation: { positive: harness.generation('positive'), negative: harness.generation('negative') },
  });
  const coverageStep = (step: CoverageStep, n: number): { title: string; run: Step } => {
    if (step.kind === 'flow') {
      if (step.title === OTP_SINGLE_USE_FLOW)
        return { title: `coverage ${step.title}`, run: flowStep(step.title, otpSingleUseFlow, flowAccount) };
      const target = targets.find((t) => t.policy.type === step.lockoutType);
      if (target === undefined) throw new Error(`probeHarness: the plan names ${step.title}, but the harness has no such lockout target`);
      return { title: `coverage ${step.title}`, run: flowStep(step.title, lockoutFlow, target) };
    }
    const { item } = step;
    return {
      title: `coverage ${item.operationId} #${n}`,
      run: () =>
        harness.runPhase({
          phase: 'coverage',
          title: `coverage ${item.operationId} #${n}`,
          operationId: item.operationId,
          role: item.case.label.kind,
          arbitrary: item.arbitrary,
          seed: item.seed,
          numRuns: 1,
          maxShrunkFailures: 0,
        }),
    };
  };
  const coverageSteps = plan.steps.map((step, n) => coverageStep(step, n + 1));
  const afterCoverage = coverageSteps.length;
  steps.unshift(...coverageSteps);
  steps.push({ title: 'stateful step-up', run: flowStep('step-up', stepUpFlow, flowAccount) });
  steps.push({ title: 'stateful OTP single use', run: flowStep('OTP single use', otpSingleUseFlow, flowAccount) });
  for (const t of targets)
    steps.push({ title: `stateful lockout ${t.policy.type}`, run: flowStep(`lockout ${t.policy.type}`, lockoutFlow, t) });
  steps.push(...fuzzSteps);

  const errorKeys = new Set<string>();
  const checks = new Set<string>();
  const warnings = new Set<string>();
  try {
    for (const [index, step] of steps.entries()) {
      if (index === afterCoverage) perPhase = Math.floor((options.budget - sent - examples.length) / fuzzPhases);
      phase = step.title;
      const record = await step.run();
      for (const f of record.failures) {
        const key = `${f.failure.check}|${f.failure.operationId}`;
        errorKeys.add(key);
        if (ignore.has(key)) continue;
        (f.failure.severity === 'error' ? checks : warnings).add(f.failure.check);
      }
      if (first && (options.stopAtFirst ?? true)) break;
    }
    if (!first || !(options.stopAtFirst ?? true)) {
      phase = 'drift baseline';
      const comparison = compareBaseline(await readBaseline(config.baselinePath), shapes.baseline());
      for (const f of baselineFailures(comparison)) {
        errorKeys.add(f.dedupKey);
        if (ignore.has(f.dedupKey)) continue;
        if (f.severity === 'error') {
          checks.add(f.check);
          if (!first) first = { at: sent, check: f.check, phase };
        } else warnings.add(f.check);
      }
    }
  } finally {
    await harness.dispose();
  }
  return {
    detected: first !== undefined,
    requestsToFirst: first?.at ?? null,
    firstCheck: first?.check ?? null,
    firstPhase: first?.phase ?? null,
    checks: [...checks].sort(),
    warnings: [...warnings].sort(),
    errorKeys: [...errorKeys].sort(),
    requestsSent: sent,
    elapsedMs: Math.round(performance.now() - started),
  };
}
