/**
 * Our harness, in process, against one mock URL, for bug-finding: the engine (runContractPhase) and
 * the stateful flows, wired like specs/fixtures.ts (which nothing may import), in the order the suite
 * runs its spec files (examples → flows → negative → positive; Playwright sorts files by name), within
 * a request budget, then the drift-baseline comparison of everything observed (drift.spec.ts does
 * the same with its own fixed sample; its additive changes are warnings).
 *
 * Counting (why in process): every send goes through `observe`, which numbers it and judges the
 * exchange with the same checks (runChecks); the first send with an error-severity failure whose
 * check|operation key did not fail on the clean mock is "first detection". Flow expectations are
 * counted at the send they judge. Shrinking is off (maxShrunkFailures 0), so only exploration sends
 * count. With `stopAtFirst`, phases after the detecting one are skipped (the peer stops too).
 */
import fc from 'fast-check';
import type { Case } from '../engine/case/case.ts';
import type { TargetCredentials } from '../loginradius/credentials/credentials.ts';
import { toCurl } from '../engine/case/toCurl.ts';
import { createBaselineRecorder } from '../engine/baseline/baseline.ts';
import { baselineFailures } from '../engine/baseline/baselineFailures.ts';
import { readBaseline } from '../engine/baseline/baselineFile.ts';
import { compareBaseline } from '../engine/baseline/compareBaseline.ts';
import { createCheckContext, runChecks } from '../engine/checks/index.ts';
import { loadConfig } from '../loginradius/config/loadConfig.ts';
import { loadMockCredentials, secretsOf } from '../loginradius/config/mockCredentials.ts';
import { loadContract } from '../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import type { ContractRecord } from '../engine/events/contractRecord.ts';
import type { Flow } from '../loginradius/flows/flowContext.ts';
import { createFlowRecorder, type FlowRecorder } from '../loginradius/flows/flowRecorder.ts';
import { lockoutFlow } from '../loginradius/flows/lockoutFlow.ts';
import { otpSingleUseFlow } from '../loginradius/flows/otpSingleUseFlow.ts';
import { stepUpFlow } from '../loginradius/flows/stepUpFlow.ts';
import { createFreshOtpSource } from '../loginradius/otp/freshOtpSource.ts';
import { sendWithFreshOtp } from '../loginradius/otp/sendWithFreshOtp.ts';
import { createRedactor } from '../engine/redaction/createRedactor.ts';
import { runContractPhase } from '../engine/run/runContractPhase.ts';
import { createMockControl } from '../loginradius/target/mockControl.ts';
import type { Exchange } from '../engine/transport/exchange.ts';
import { createTransport } from '../engine/transport/transport.ts';
import { contractValidator } from '../engine/validation/contractValidator.ts';
import { exampleCases, negativeCase, positiveCase } from '../generators/index.ts';
import { DEFAULT_FIXTURE_PATH } from '../mock/fixtures/loadFixture.ts';
import { LOCKOUT_TYPES } from '../mock/fixtures/fixtureTypes.ts';
import { loginRadiusGenerationContext } from '../loginradius/index.ts';

export interface ProbeOptions {
  readonly mockPort: number;
  /** Requests for examples + positive + negative (split evenly over the 6 fuzz phases); flows come on top. */
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
  const config = loadConfig({ env: { LR_MOCK_PORT: String(options.mockPort), LR_TIMEOUT_MS: String(options.timeoutMs), LR_SEED: String(options.seed ?? 1) } });
  const baseUrl = config.target.baseUrl;
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const tenants = LOCKOUT_TYPES.map((type) => loadMockCredentials(DEFAULT_FIXTURE_PATH, type));
  const secrets = [...config.secrets, ...tenants.flatMap((t) => secretsOf(t.credentials.flow))];
  const redactor = createRedactor({ secrets });
  const checkContext = createCheckContext({ contract, validator: contractValidator(contract), secrets, options: { maxResponseTimeMs: config.maxResponseTimeMs } });
  const transport = await createTransport({ baseURL: baseUrl, timeoutMs: config.timeoutMs });
  const mock = createMockControl(baseUrl);
  const otp = new Map<string, ReturnType<typeof createFreshOtpSource>>();
  const otpFor = (c: TargetCredentials) => {
    let source = otp.get(c.totpSecret);
    if (!source) otp.set(c.totpSecret, (source = createFreshOtpSource({ totpSecret: c.totpSecret, clock: mock })));
    return source;
  };

  let sent = 0;
  let phase = '';
  let first: { at: number; check: string; phase: string } | undefined;
  const note = (check: string, operationId: string): void => {
    if (!first && !ignore.has(`${check}|${operationId}`)) first = { at: sent, check, phase };
  };
  const shapes = createBaselineRecorder();
  const observe = (exchange: Exchange): Exchange => {
    sent += 1;
    shapes.add(exchange);
    if (!first)
      for (const [name, r] of runChecks(checkContext, exchange, config.checks))
        if (r.status === 'failed') for (const f of r.failures) if (f.severity === 'error') note(name, f.operationId);
    return exchange;
  };
  const sendAs = (creds: TargetCredentials) => {
    const send = sendWithFreshOtp((c) => transport.send(c), otpFor(creds));
    return async (c: Case): Promise<Exchange> => observe(await send(c));
  };
  const common = {
    checkContext, enabledChecks: config.checks, seed: config.seed, concurrency: config.concurrency, maxShrunkFailures: 0,
    step: <T>(_title: string, body: () => Promise<T>): Promise<T> => transport.batch(body),
    renderCurl: (c: Case) => toCurl(c, baseUrl, redactor), redact: (t: string) => redactor.text(t), replayCommand: () => 'bench',
  };

  type Step = () => Promise<ContractRecord>;
  const steps: Array<{ title: string; run: Step }> = [];
  const { positive, negative, flow } = config.credentials;
  const gen = (creds: TargetCredentials) => loginRadiusGenerationContext(contract, creds, () => Date.now());
  const examples = operationIds().flatMap((id) => exampleCases(contract.operation(id), gen(positive)).map((c, i) => ({ id, c, i })));
  const perPhase = Math.max(1, Math.floor((options.budget - examples.length) / (2 * operationIds().length)));
  for (const { id, c, i } of examples)
    steps.push({ title: `examples ${id} #${i + 1}`, run: () => runContractPhase({ ...common, phase: 'examples', title: `examples ${id}`, operationId: id, arbitrary: fc.constant(c), numRuns: 1, send: sendAs(positive) }) });
  const fuzzSteps: typeof steps = [];
  for (const [kind, creds] of [['negative', negative], ['positive', positive]] as const)
    for (const id of operationIds()) {
      const op = contract.operation(id);
      const arbitrary = kind === 'positive' ? positiveCase(op, gen(creds)) : negativeCase(op, gen(creds));
      fuzzSteps.push({ title: `${kind} ${id}`, run: () => runContractPhase({ ...common, phase: kind, title: `${kind} ${id}`, operationId: id, arbitrary, numRuns: perPhase, send: sendAs(creds) }) });
    }
  const flowStep = (title: string, f: Flow, creds: TargetCredentials, policy: (typeof tenants)[number]['tenant']['lockout']): Step => async () => {
    // Flows manage their own codes (as harness.sendAsIs in specs/): a fresh-OTP send here would deadlock the OTP queue.
    const inner = createFlowRecorder({ ...common, title, send: async (c) => observe(await transport.send(c)) });
    const recorder: FlowRecorder = { ...inner, expect: (check, ex, holds, t, d) => { if (!holds) note(check, ex.case.operationId); return inner.expect(check, ex, holds, t, d); } };
    await f({ contract, credentials: creds, otp: otpFor(creds), recorder, lockout: policy, now: () => mock.now(), mock });
    return recorder.record();
  };
  const own = tenants.find((t) => t.tenant.lockout.type === config.lockoutType) ?? tenants[0]!;
  steps.push({ title: 'stateful step-up', run: flowStep('step-up', stepUpFlow, flow, own.tenant.lockout) });
  steps.push({ title: 'stateful OTP single use', run: flowStep('OTP single use', otpSingleUseFlow, flow, own.tenant.lockout) });
  for (const t of tenants) steps.push({ title: `stateful lockout ${t.tenant.lockout.type}`, run: flowStep(`lockout ${t.tenant.lockout.type}`, lockoutFlow, t.credentials.flow, t.tenant.lockout) });
  steps.push(...fuzzSteps);

  const errorKeys = new Set<string>();
  const checks = new Set<string>();
  const warnings = new Set<string>();
  try {
    for (const step of steps) {
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
    await transport.dispose();
  }
  return {
    detected: first !== undefined, requestsToFirst: first?.at ?? null, firstCheck: first?.check ?? null, firstPhase: first?.phase ?? null,
    checks: [...checks].sort(), warnings: [...warnings].sort(), errorKeys: [...errorKeys].sort(), requestsSent: sent,
    elapsedMs: Math.round(performance.now() - started),
  };
}
