/**
 * `createHarness(config, hooks)`: the one composition root. The suite's fixture, the bench and any
 * other tool build the harness here, so they cannot drift apart (expected statuses, the local mock
 * clock, the pack's checks and secret names are wired once).
 */
import { join } from 'node:path';
import { toCurl } from '../engine/case/toCurl.ts';
import type { Exchange } from '../engine/transport/exchange.ts';
import { loadContract } from '../engine/contract/loadContract.ts';
import { runContractPhase } from '../engine/run/runContractPhase.ts';
import { createTransport, type Transport } from '../engine/transport/transport.ts';
import { contractValidator } from '../engine/validation/contractValidator.ts';
import { loginRadiusCheckContext } from '../loginradius/checks/loginRadiusCheckContext.ts';
import { loginRadiusChecks } from '../loginradius/checks/loginRadiusChecks.ts';
import type { Config } from '../loginradius/config/config.ts';
import { loadMockCredentials, secretsOf } from '../loginradius/config/mockCredentials.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import { loginRadiusRedactor } from '../loginradius/credentials/loginRadiusRedactor.ts';
import { loginRadiusGenerationContext } from '../loginradius/generators/loginRadiusGeneration.ts';
import { fileStepStore } from '../loginradius/otp/fileStepStore.ts';
import { createFreshOtpSource, type FreshOtpSource } from '../loginradius/otp/freshOtpSource.ts';
import type { TargetCredentials } from '../loginradius/credentials/credentials.ts';
import { sendWithFreshOtp } from '../loginradius/otp/sendWithFreshOtp.ts';
import { createOtpAccountPool, type OtpAccountPool } from '../loginradius/otp/otpAccountPool.ts';
import { createProgress } from './progress.ts';
import { verifiesOtp } from '../loginradius/otp/verifiesOtp.ts';
import { createMockControl } from '../loginradius/target/mockControl.ts';
import { LOCKOUT_TYPES } from '../mock/fixtures/fixtureTypes.ts';
import { DEFAULT_FIXTURE_PATH, loadFixture } from '../mock/fixtures/loadFixture.ts';
import { unlockAccount } from '../loginradius/credentials/unlockAccount.ts';
import { vendorCall } from '../loginradius/credentials/vendorCall.ts';
import type { Harness, HarnessHooks, PhaseRequest, Role } from './harness.ts';
import { replayCommand } from './replayCommand.ts';
import { accountTokens } from './accountTokens.ts';
import type { Redactor } from '../engine/redaction/createRedactor.ts';

export async function createHarness(config: Config, hooks: HarnessHooks = {}): Promise<Harness> {
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const validator = contractValidator(contract);
  // On the mock, the lockout flows use every tenant's flow account: their secrets are redacted too.
  const mockTenants = config.target.kind === 'mock' ? LOCKOUT_TYPES.map((type) => loadMockCredentials(DEFAULT_FIXTURE_PATH, type)) : [];
  const secrets = [...config.secrets, ...mockTenants.flatMap((t) => secretsOf(t.credentials.flow))];
  // Tokens obtained at run time are secrets too: the redactor is rebuilt with each new one.
  let redactor = loginRadiusRedactor({ secrets });
  const obtainedTokens: string[] = [];
  const onToken = (token: string) => {
    obtainedTokens.push(token);
    redactor = loginRadiusRedactor({ secrets: [...secrets, ...obtainedTokens] });
  };
  const currentRedactor: Redactor = {
    get marker() {
      return redactor.marker;
    },
    get secretCount() {
      return redactor.secretCount;
    },
    text: (s) => redactor.text(s),
    value: (v) => redactor.value(v),
    headers: (h) => redactor.headers(h),
    case: (c) => redactor.case(c),
  };
  const transport: Transport = await createTransport({
    baseURL: config.target.baseUrl,
    timeoutMs: config.timeoutMs,
    ...(config.maxRps === null ? {} : { maxRps: config.maxRps }),
    maxBodyBytes: config.maxBodyBytes,
    maxJsonDepth: config.maxJsonDepth,
    maxJsonMembers: config.maxJsonMembers,
    circuitBreakerThreshold: config.circuitBreaker,
    ...(config.requestBudget === undefined ? {} : { requestBudget: config.requestBudget }),
    ...(config.runDeadlineAt === undefined ? {} : { deadlineAt: config.runDeadlineAt }),
  });
  const checkContext = loginRadiusCheckContext({
    contract,
    validator,
    secrets,
    options: { maxResponseTimeMs: config.maxResponseTimeMs, expectedStatus: config.expectedStatus },
  });
  // One harness per process, one MockControl: the only client moving the mock's clock, so it may keep time locally.
  const mock = config.target.kind === 'mock' ? createMockControl(config.target.baseUrl, { localClock: true }) : undefined;
  const realClock = { now: async () => Date.now() };
  // Remote only: the last used TOTP step per account, shared with restarted workers (hashed key; no
  // secret in the file). On the mock a new source jumps the clock past anything an earlier worker used.
  const stepStorePath = join(config.reportsDir, 'test-results', '.otp-steps.json');
  const needsFreshOtp = (request: PhaseRequest): boolean =>
    request.role === 'positive' && request.operationId !== undefined && verifiesOtp(contract.operation(request.operationId), contract);
  // Against a real tenant each shrink step of a positive OTP case waits for a new 30 s step: do not shrink those.
  const shrinkLimit = (request: PhaseRequest): number | undefined =>
    request.maxShrunkFailures ?? (config.target.kind === 'remote' && needsFreshOtp(request) ? 0 : undefined);
  // A positive case of an OTP-verifying operation needs its own TOTP step (single use): LR_OTP_CASES caps them.
  const cappedRuns = (request: PhaseRequest): number => {
    const runs = request.numRuns ?? config.numRuns;
    return needsFreshOtp(request) ? Math.min(runs, config.otpCases) : runs;
  };
  const observed = async (pending: Promise<Exchange>) => {
    const exchange = await pending;
    hooks.observe?.(exchange);
    return exchange;
  };
  const otpSources = new Map<string, FreshOtpSource>();
  const call = vendorCall(config.target.baseUrl, config.timeoutMs);
  const restoreAccount = (apiKey: string, apiSecret: string, uid: string) => async () => {
    await unlockAccount(call, apiKey, apiSecret, uid);
  };
  // On the mock the fixture knows every tenant's secret and flow account: the flows always restore.
  const fixture = config.target.kind === 'mock' ? loadFixture(DEFAULT_FIXTURE_PATH) : undefined;
  const restoreMockAccount = (tenantName: string, role: 'flow' | 'negative' = 'flow') => {
    const tenant = fixture!.tenants.find((t) => t.name === tenantName)!;
    const user = fixture!.users.find((u) => u.tenant === tenantName && u.role === role)!;
    return restoreAccount(tenant.apiKey, tenant.apiSecret, user.uid);
  };
  // Remote: one scheduler over the account pool (N accounts → N codes per step); the mock's clock
  // moves, so there each role keeps its own account. Reports name remote accounts only. The pool's
  // first account is the token provider's: its credentials carry the provider's token handle
  // (swapped for the current token at send time), the other accounts their own static tokens.
  const remote = config.target.kind === 'remote';
  let positivePool: OtpAccountPool | undefined;
  const pool = (role: Role): OtpAccountPool => {
    // On the mock only the positive role has a pool (its own account and the fixture's pool accounts).
    if (!remote && role !== 'positive')
      return createOtpAccountPool([{ label: '', credentials: tokens.credentials(role), otp: harness.otp(role) }]);
    positivePool ??= createOtpAccountPool(
      config.accounts.map((a, i) => ({
        ...a,
        credentials: i === 0 ? tokens.credentials('positive') : a.credentials,
        otp: otpFor(a.credentials),
      })),
    );
    return positivePool;
  };
  // On the mock each account's codes come from its own clock (mock.account), so accounts never wait for each other.
  const otpFor = (credentials: TargetCredentials): FreshOtpSource => {
    const secret = credentials.totpSecret;
    let source = otpSources.get(secret);
    if (!source) {
      source = createFreshOtpSource(
        mock
          ? { totpSecret: secret, clock: credentials.uid === undefined ? mock : mock.account(credentials.uid) }
          : { totpSecret: secret, clock: realClock, usedSteps: fileStepStore(stepStorePath, secret) },
      );
      otpSources.set(secret, source);
    }
    return source;
  };
  // Keyed by secret, not role: against a real tenant every role is the same account and secret.
  const roleOtp = (role: Role): FreshOtpSource => otpFor(config.credentials[role]);
  const tokens = await accountTokens(config, () => roleOtp('positive'), onToken);
  // Every send goes out with the provider's current token (and one refresh on a refused one).
  const send = tokens.wrap((c) => transport.send(c));
  const progress = createProgress({ enabled: config.maxRps !== null, print: hooks.print ?? ((line) => console.log(line)) });
  const harness: Harness = {
    config,
    contract,
    checkContext,
    checks: loginRadiusChecks,
    redactor: currentRedactor,
    mock,
    credentials: (role) => tokens.credentials(role),
    generation: (role) => loginRadiusGenerationContext(contract, tokens.credentials(role), () => Date.now()),
    otp: roleOtp,
    account(role, codes) {
      if (!remote) return { label: '', credentials: tokens.credentials(role), otp: harness.otp(role) };
      return pool(role).take(codes);
    },
    send(role) {
      const roleLabel = remote ? config.accounts[0]!.label : '';
      // Cases are generated with tokens.credentials(role); one sent as another pool account carries that account's token.
      const sendFresh = sendWithFreshOtp(
        (c) => send(c.account === undefined && roleLabel !== '' ? { ...c, account: roleLabel } : c),
        pool(role),
        tokens.credentials(role),
      );
      return (c) => observed(sendFresh(c));
    },
    curl: (c) => toCurl(c, config.target.baseUrl, currentRedactor),
    sendAsIs: (c) => observed(send(c)),
    now: () => (mock ? mock.now() : Promise.resolve(Date.now())),
    clockOf: (credentials) => (mock && credentials.uid !== undefined ? mock.account(credentials.uid) : undefined),
    lockoutTargets() {
      if (mock) {
        return mockTenants.map((t) => ({
          policy: t.tenant.lockout,
          credentials: t.credentials.flow,
          restore: restoreMockAccount(t.tenant.name),
          otp: t.tenant.lockout.type === config.lockoutType ? harness.otp('flow') : otpFor(t.credentials.flow),
        }));
      }
      return [
        {
          policy: { type: config.lockoutType, threshold: config.lockoutBudget + 1, suspendSeconds: 900 },
          credentials: tokens.credentials('flow'),
          otp: harness.otp('flow'),
          ...(config.apiSecret !== undefined && config.uid !== undefined
            ? { restore: restoreAccount(config.credentials.flow.apiKey, config.apiSecret, config.uid) }
            : {}),
        },
      ];
    },
    restoreNegativeAccount: fixture && config.mockTenant ? restoreMockAccount(config.mockTenant.name, 'negative') : undefined,
    async runPhase(request) {
      const replay =
        config.replay && config.replay.phase === request.phase && config.replay.operationId === request.operationId
          ? { seed: config.replay.seed, path: config.replay.path }
          : undefined;
      const shrink = shrinkLimit(request);
      const numRuns = cappedRuns(request);
      const tick = progress.start(request.title, numRuns);
      const send = harness.send(request.role);
      const record = await runContractPhase({
        phase: request.phase,
        title: request.title,
        ...(request.operationId ? { operationId: request.operationId } : {}),
        arbitrary: request.arbitrary,
        send: (c) => send(c).finally(tick),
        checkContext,
        checks: loginRadiusChecks,
        enabledChecks: config.checks,
        seed: replay?.seed ?? request.seed ?? config.seed,
        numRuns,
        ...(shrink === undefined ? {} : { maxShrunkFailures: shrink }),
        concurrency: config.concurrency,
        // One Playwright API scope per batch of sends (transport.ts says why).
        step: (_title, body) => transport.batch(body),
        ...(replay ? { replay } : {}),
        renderCurl: harness.curl,
        redact: (text) => currentRedactor.text(text),
        replayCommand: replayCommand(
          request.replayIn?.phase ?? request.phase,
          request.operationId,
          request.replayIn?.testTitle ?? request.title,
        ),
        ...(request.onExchange ? { onExchange: request.onExchange } : {}),
      });
      progress.stop(request.title);
      return record;
    },
    dispose: () => transport.dispose(),
  };
  return harness;
}
