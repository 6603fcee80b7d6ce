/**
 * The composition root of the contract suite: one worker-scoped `harness` wires config, contract,
 * validators, one request context, checks, redaction and the engine together. Specs only describe
 * what to run; nothing imports specs/.
 */
import { test as base, expect } from '@playwright/test';
import type { Case } from '../core/case/case.ts';
import type { TargetCredentials } from '../core/case/credentials.ts';
import { toCurl } from '../core/case/toCurl.ts';
import { createCheckContext, type CheckContext } from '../core/checks/checkContext.ts';
import type { Config } from '../core/config/config.ts';
import { formatConfigError } from '../core/config/configError.ts';
import { loadConfig } from '../core/config/loadConfig.ts';
import { loadContract } from '../core/contract/loadContract.ts';
import type { Contract, OperationId } from '../core/contract/types.ts';
import { CONTRACT_RECORD_ATTACHMENT, type ContractRecord, type Phase } from '../core/events/contractRecord.ts';
import { createFreshOtpSource, type FreshOtpSource } from '../core/otp/freshOtpSource.ts';
import { fileStepStore } from '../core/otp/fileStepStore.ts';
import { sendWithFreshOtp } from '../core/otp/sendWithFreshOtp.ts';
import { join } from 'node:path';
import { createRedactor, type Redactor } from '../core/redaction/createRedactor.ts';
import { runContractPhase } from '../core/run/runContractPhase.ts';
import { createMockControl, type MockControl } from '../core/target/mockControl.ts';
import type { Exchange } from '../core/transport/exchange.ts';
import { createTransport, type Transport } from '../core/transport/transport.ts';
import { contractValidator } from '../core/validation/contractValidator.ts';
import { verifiesOtp, type GenerationContext } from '../generators/index.ts';
import type fc from 'fast-check';
import { loadMockCredentials, secretsOf } from '../core/config/mockCredentials.ts';
import { DEFAULT_FIXTURE_PATH } from '../mock/fixtures/loadFixture.ts';
import { LOCKOUT_TYPES } from '../mock/fixtures/fixtureTypes.ts';
import type { LockoutPolicy } from '../core/flows/flowContext.ts';

export type Role = 'positive' | 'negative' | 'flow';

export interface PhaseRequest {
  readonly phase: Phase;
  readonly title: string;
  readonly operationId?: OperationId;
  readonly role: Role;
  readonly arbitrary: fc.Arbitrary<Case>;
  readonly numRuns?: number;
  /** Distinct failures to shrink (each shrink sends requests). @defaultValue engine default */
  readonly maxShrunkFailures?: number | undefined;
  /**
   * Which test replays a failure of this phase: its phase and title. The drift sample reuses the
   * positive/negative phases' arbitraries, so their tests replay its findings.
   * @defaultValue this phase, in the current test
   */
  readonly replayIn?: { readonly phase: Phase; readonly testTitle: string };
  /** A fixed seed for this phase (the drift sample); @defaultValue the run's seed */
  readonly seed?: number;
  readonly onExchange?: (exchange: Exchange) => void;
}

/** One account to run a lockout flow on, with its tenant's policy. */
export interface LockoutTarget {
  readonly policy: LockoutPolicy;
  readonly credentials: TargetCredentials;
  readonly otp: FreshOtpSource;
}

export interface Harness {
  readonly config: Config;
  readonly contract: Contract;
  readonly checkContext: CheckContext;
  readonly redactor: Redactor;
  /** Present only when the target is the embedded mock. */
  readonly mock: MockControl | undefined;
  credentials(role: Role): TargetCredentials;
  generation(role: Role): GenerationContext;
  /** Sends a case as `role`; positive OTP cases get a fresh code at send time. */
  send(role: Role): (c: Case) => Promise<Exchange>;
  otp(role: Role): FreshOtpSource;
  runPhase(request: PhaseRequest): Promise<ContractRecord>;
  curl(c: Case): string;
  /** Sends exactly the case given (no OTP refresh): the stateful flows manage their own codes. */
  sendAsIs(c: Case): Promise<Exchange>;
  /**
   * The accounts the lockout flows may lock: on the mock every tenant's flow user (one per lockout
   * type); on a real tenant the configured flow account, only with LR_ALLOW_LOCKOUT=1.
   */
  lockoutTargets(): LockoutTarget[];
  /** The target's clock in ms (the mock's own clock on the mock). */
  now(): Promise<number>;
}

/** `--grep` takes a regular expression over the title path: match this test's title literally, at the end. */
export function grepFor(title: string): string {
  return `${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

function replayCommand(phase: Phase, operationId: OperationId | undefined, testTitle: string) {
  return (seed: number, path: string | undefined): string =>
    `LR_REPLAY=${phase}:${operationId ?? 'mfaReAuthenticate'}:${seed}:${path ?? ''} npm run contract -- --grep '${grepFor(testTitle)}'`;
}

async function createHarness(): Promise<{ harness: Harness; dispose: () => Promise<void> }> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    throw new Error(formatConfigError(error));
  }
  const contract = loadContract();
  const validator = contractValidator(contract);
  // On the mock, the lockout flows use every tenant's flow account: their secrets are redacted too.
  const mockTenants = config.target.kind === 'mock'
    ? LOCKOUT_TYPES.map((type) => loadMockCredentials(DEFAULT_FIXTURE_PATH, type)) : [];
  const secrets = [...config.secrets, ...mockTenants.flatMap((t) => secretsOf(t.credentials.flow))];
  const redactor = createRedactor({ secrets });
  const transport: Transport = await createTransport({
    baseURL: config.target.baseUrl,
    timeoutMs: config.timeoutMs,
    ...(config.maxRps === null ? {} : { maxRps: config.maxRps }),
    maxBodyBytes: config.maxBodyBytes,
    maxJsonDepth: config.maxJsonDepth,
    maxJsonMembers: config.maxJsonMembers,
    circuitBreakerThreshold: config.circuitBreaker,
    ...(config.runDeadlineAt === undefined ? {} : { deadlineAt: config.runDeadlineAt }),
  });
  const checkContext = createCheckContext({
    contract, validator, secrets, options: { maxResponseTimeMs: config.maxResponseTimeMs, expectedStatus: config.expectedStatus },
  });
  // One worker, one MockControl: the only client moving the mock's clock, so it may keep time locally.
  const mock = config.target.kind === 'mock' ? createMockControl(config.target.baseUrl, { localClock: true }) : undefined;
  const realClock = { now: async () => Date.now() };
  // Remote only: the last used TOTP step per account, shared with restarted workers (hashed key; no
  // secret in the file). On the mock a new source jumps the clock past anything an earlier worker used.
  const stepStorePath = join(config.reportsDir, 'test-results', '.otp-steps.json');
  // A positive case of an OTP-verifying operation needs its own TOTP step (single use): LR_OTP_CASES caps them.
  // Against a real tenant each shrink step of a positive OTP case waits for a new 30 s step: do not shrink those.
  const shrinkLimit = (request: PhaseRequest): number | undefined =>
    request.maxShrunkFailures ?? (config.target.kind === 'remote' && needsFreshOtp(request) ? 0 : undefined);
  const needsFreshOtp = (request: PhaseRequest): boolean =>
    request.role === 'positive' && request.operationId !== undefined && verifiesOtp(contract.operation(request.operationId), contract);
  const cappedRuns = (request: PhaseRequest): number => {
    const runs = request.numRuns ?? config.numRuns;
    return needsFreshOtp(request) ? Math.min(runs, config.otpCases) : runs;
  };
  const otpSources = new Map<string, FreshOtpSource>();
  const harness: Harness = {
    config, contract, checkContext, redactor, mock,
    credentials: (role) => config.credentials[role],
    generation: (role) => ({ contract, credentials: config.credentials[role], clock: () => Date.now() }),
    otp(role) {
      // Keyed by secret, not role: against a real tenant every role is the same account and secret.
      const secret = config.credentials[role].totpSecret;
      let source = otpSources.get(secret);
      if (!source) {
        source = createFreshOtpSource(mock ? { totpSecret: secret, clock: mock } : { totpSecret: secret, clock: realClock, usedSteps: fileStepStore(stepStorePath, secret) });
        otpSources.set(secret, source);
      }
      return source;
    },
    send(role) {
      return sendWithFreshOtp((c) => transport.send(c), harness.otp(role));
    },
    curl: (c) => toCurl(c, config.target.baseUrl, redactor),
    sendAsIs: (c) => transport.send(c),
    now: () => (mock ? mock.now() : Promise.resolve(Date.now())),
    lockoutTargets() {
      if (mock) {
        return mockTenants.map((t) => ({
          policy: t.tenant.lockout,
          credentials: t.credentials.flow,
          otp: t.tenant.lockout.type === config.lockoutType ? harness.otp('flow') : createFreshOtpSource({ totpSecret: t.credentials.flow.totpSecret, clock: mock }),
        }));
      }
      return [{
        policy: { type: config.lockoutType, threshold: config.lockoutBudget + 1, suspendSeconds: 900 },
        credentials: config.credentials.flow,
        otp: harness.otp('flow'),
      }];
    },
    async runPhase(request) {
      const replay = config.replay && config.replay.phase === request.phase && config.replay.operationId === request.operationId
        ? { seed: config.replay.seed, path: config.replay.path } : undefined;
      const record = await runContractPhase({
        phase: request.phase,
        title: request.title,
        ...(request.operationId ? { operationId: request.operationId } : {}),
        arbitrary: request.arbitrary,
        send: harness.send(request.role),
        checkContext,
        enabledChecks: config.checks,
        seed: replay?.seed ?? request.seed ?? config.seed,
        numRuns: cappedRuns(request),
        ...(shrinkLimit(request) === undefined ? {} : { maxShrunkFailures: shrinkLimit(request) }),
        concurrency: config.concurrency,
        // One Playwright API scope per batch of sends (transport.ts says why).
        step: (_title, body) => transport.batch(body),
        ...(replay ? { replay } : {}),
        renderCurl: harness.curl,
        redact: (text) => redactor.text(text),
        replayCommand: replayCommand(request.replayIn?.phase ?? request.phase, request.operationId, request.replayIn?.testTitle ?? base.info().title),
        ...(request.onExchange ? { onExchange: request.onExchange } : {}),
      });
      await base.info().attach(CONTRACT_RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' });
      return record;
    },
  };
  return { harness, dispose: () => transport.dispose() };
}

export const test = base.extend<object, { harness: Harness }>({
  harness: [
    async ({}, use) => {
      const { harness, dispose } = await createHarness();
      await use(harness);
      await dispose();
    },
    { scope: 'worker' },
  ],
});

/** Fails the test with every distinct error-severity failure, one line each (already redacted). */
export function expectNoContractFailures(record: ContractRecord): void {
  const errors = record.failures.filter((f) => f.failure.severity === 'error');
  const lines = errors.map((f) => `${f.failure.check} on ${f.failure.operationId}: ${f.failure.title} — ${f.failure.message.split('\n')[0]} (x${f.occurrences}); replay: ${f.replay.command}`);
  expect(record.harnessErrors, 'harness errors').toEqual([]);
  expect(lines, `${record.title}: contract failures`).toEqual([]);
  expect(record.casesSent, 'cases sent').toBeGreaterThan(0);
}

export { expect };
