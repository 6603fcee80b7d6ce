/**
 * Builds the frozen, validated `Config`: the ONLY place the harness reads the environment.
 * Every problem found is collected and thrown together as one `ConfigError`.
 */
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import type { TargetCredentials } from '../credentials/credentials.ts';
import { DEFAULT_FIXTURE_PATH } from '../../mock/fixtures/loadFixture.ts';
import { LOCKOUT_TYPES } from '../../mock/fixtures/fixtureTypes.ts';
import type { Config, MockTenantInfo, RoleCredentials, TargetConfig, TestAccount } from './config.ts';
import { accountPool } from './accountPool.ts';
import { parseTestUsers } from './parseTestUsers.ts';
import { ConfigError } from './configError.ts';
import { EnvParser } from './envParser.ts';
import { CHECK_NAMES } from '../checks/loginRadiusChecks.ts';
import { loadMockCredentials, secretsOf } from './mockCredentials.ts';
import { parseBaseUrl } from './parseBaseUrl.ts';
import { parseReplay } from './parseReplay.ts';
import { parseExpectedStatus } from './parseExpectedStatus.ts';
import { readEnv, type ReadEnvOptions } from './readEnv.ts';
import { remoteCredentials } from './remoteCredentials.ts';
import { redactConfigProblems } from './redactConfigProblems.ts';
import { SECRET_VARIABLES } from './variables.ts';
import { parseTokenSource, parseUid, type TokenSource } from './tokenSource.ts';

export interface LoadConfigOptions extends ReadEnvOptions {
  /** The mock seed fixture (mock mode). @defaultValue mock/fixtures/tenant.json */
  readonly mockFixturePath?: string;
}

const DEFAULT_MOCK_PORT = 4010;
const REMOTE_ONLY = [
  'LR_API_KEY',
  'LR_ACCESS_TOKEN',
  'LR_LOGIN_PASSWORD',
  'LR_API_SECRET',
  'LR_TOTP_SECRET',
  'LR_EXPIRED_ACCESS_TOKEN',
  'LR_REVOKED_ACCESS_TOKEN',
  'LR_SECURITY_ANSWERS',
  'LR_RECAPTCHA_TEST_TOKEN',
  'LR_QQ_CAPTCHA_TICKET',
  'LR_QQ_CAPTCHA_RANDSTR',
  'LR_HCAPTCHA_TEST_TOKEN',
  'LR_UNAUTHORISED_API_KEY',
  'LR_TEST_USERS',
] as const;

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const inner of Object.values(v)) deepFreeze(inner);
  }
  return v;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const { env: vars, dotenvFile, dotenvError } = readEnv(options);
  const env = new EnvParser(vars);
  const warnings: string[] = [];
  if (dotenvError !== undefined)
    env.report(dotenvFile ?? '.env', `could not be read (${dotenvError})`, 'fix the file permissions or remove the file');

  const lockoutType = env.oneOf('LR_LOCKOUT_TYPE', LOCKOUT_TYPES) ?? 'Suspend';
  const mockPort = env.number('LR_MOCK_PORT', { min: 1, max: 65535, integer: true, example: '4010' }) ?? DEFAULT_MOCK_PORT;
  const remote = env.isSet('LR_BASE_URL');
  const parsedUrl = parseBaseUrl(env);
  if (parsedUrl) warnings.push(...parsedUrl.warnings);

  let credentials: RoleCredentials | undefined;
  let accounts: TestAccount[] = [];
  let mockTenant: MockTenantInfo | undefined;
  let tokenSource: TokenSource | undefined = { kind: 'static' };
  const uid = remote ? parseUid(env) : undefined;
  if (remote) {
    tokenSource = parseTokenSource(env, uid);
    const users = parseTestUsers(env, cwd);
    const one = remoteCredentials(env, tokenSource, users?.[0]);
    if (one) {
      credentials = { positive: one, negative: one, flow: one };
      accounts = accountPool(one, users ?? []);
    }
    // Lockout flows can only unlock the account with the matching proof; without it they leave it locked.
    if (env.raw('LR_ALLOW_LOCKOUT') === '1' && lockoutType === 'SecurityQuestion' && !env.isSet('LR_SECURITY_ANSWERS'))
      warnings.push(
        'LR_ALLOW_LOCKOUT=1 on a SecurityQuestion tenant without LR_SECURITY_ANSWERS: a locked test account cannot be unlocked by the run.',
      );
    if (
      env.raw('LR_ALLOW_LOCKOUT') === '1' &&
      lockoutType === 'Captcha' &&
      !(['LR_RECAPTCHA_TEST_TOKEN', 'LR_HCAPTCHA_TEST_TOKEN', 'LR_QQ_CAPTCHA_TICKET'] as const).some((n) => env.isSet(n))
    )
      warnings.push(
        'LR_ALLOW_LOCKOUT=1 on a Captcha tenant without a captcha test token: a locked test account cannot be unlocked by the run.',
      );
  } else {
    const ignored = REMOTE_ONLY.filter((n) => env.isSet(n));
    if (ignored.length > 0)
      warnings.push(`${ignored.join(', ')} ignored: LR_BASE_URL is unset, so the embedded mock and its fixture credentials are used.`);
    const fixturePath = options.mockFixturePath ?? DEFAULT_FIXTURE_PATH;
    try {
      let pool: readonly TargetCredentials[];
      ({ credentials, pool, tenant: mockTenant } = loadMockCredentials(fixturePath, lockoutType));
      // Reports name no mock account: every label stays empty.
      accounts = [credentials.positive, ...pool].map((c) => ({ label: '', credentials: c }));
    } catch (error) {
      env.report(
        'LR_BASE_URL',
        `is unset (mock mode) but the mock fixture is unusable: ${error instanceof Error ? error.message : String(error)}`,
        'restore mock/fixtures/tenant.json (npx tsx mock/fixtures/buildFixture.ts), or set LR_BASE_URL to test a remote tenant',
      );
    }
  }

  const replay = parseReplay(env);
  const envSeed = env.number('LR_SEED', { min: -(2 ** 31), max: 2 ** 31 - 1, integer: true, example: '42' });
  const numRuns = env.number('LR_NUM_RUNS', { min: 1, max: 100_000, integer: true, example: '100' }) ?? 100;
  // Remote: 2 per operation, each worth its 30 s step (README: the codes a remote run needs).
  const otpCases =
    env.number('LR_OTP_CASES', { min: 1, max: 100_000, integer: true, example: '2' }) ?? (remote ? Math.min(2, numRuns) : numRuns);
  const prefetchOtp = env.oneOf('LR_PREFETCH_OTP', ['0', '1'] as const) === '1';
  const concurrency = env.number('LR_CONCURRENCY', { min: 1, max: 64, integer: true, example: remote ? '2' : '8' }) ?? (remote ? 2 : 8);
  const timeoutMs = env.number('LR_TIMEOUT_MS', { min: 1, max: 600_000, integer: true, example: '10000' }) ?? 10_000;
  const maxResponseTimeMs = env.number('LR_MAX_RESPONSE_TIME_MS', { min: 1, max: 600_000, integer: true, example: '2000' }) ?? 2_000;
  const maxBodyBytes =
    env.number('LR_MAX_BODY_BYTES', { min: 1024, max: 1024 ** 3, integer: true, example: '10485760' }) ?? 10 * 1024 * 1024;
  const maxJsonDepth = env.number('LR_MAX_JSON_DEPTH', { min: 1, max: 10_000, integer: true, example: '64' }) ?? 64;
  const maxJsonMembers = env.number('LR_MAX_JSON_MEMBERS', { min: 1, max: 10_000_000, integer: true, example: '10000' }) ?? 10_000;
  const circuitBreaker = env.number('LR_CIRCUIT_BREAKER', { min: 0, max: 100_000, integer: true, example: '5' }) ?? 5;
  const runTimeoutSeconds = env.number('LR_RUN_TIMEOUT', { min: 1, max: 7 * 24 * 3600, integer: true, example: '1800' });
  const requestBudget = env.number('LR_REQUEST_BUDGET', { min: 1, max: 100_000_000, integer: true, example: '240' });
  const minCoverage = env.number('LR_MIN_COVERAGE', { min: 0, max: 100, integer: false, example: '60' });
  const runDeadlineAt = env.number('LR_RUN_DEADLINE_AT', { min: 0, max: 8.64e15, integer: true, example: String(Date.now() + 1_800_000) });
  const unlimited = env.raw('LR_MAX_RPS')?.toLowerCase() === 'unlimited';
  const maxRps = unlimited
    ? null
    : (env.number('LR_MAX_RPS', { min: 0.01, max: 10_000, integer: false, example: '4' }) ?? (remote ? 4 : null));
  const allowLockout = env.oneOf('LR_ALLOW_LOCKOUT', ['0', '1'] as const) === '1';
  const lockoutThreshold = env.number('LR_LOCKOUT_THRESHOLD', { min: 1, max: 1_000, integer: true, example: '5' }) ?? 5;
  const lockoutBudget =
    env.number('LR_LOCKOUT_BUDGET', { min: 0, max: 1_000, integer: true, example: '3' }) ?? Math.min(3, lockoutThreshold - 1);
  if (remote && lockoutBudget >= lockoutThreshold && !allowLockout)
    env.report(
      'LR_LOCKOUT_BUDGET',
      `is ${lockoutBudget}, which would lock the account (LR_LOCKOUT_THRESHOLD is ${lockoutThreshold})`,
      `set LR_LOCKOUT_BUDGET below ${lockoutThreshold}, or LR_ALLOW_LOCKOUT=1 if locking the test account is acceptable`,
    );

  const expectedStatus = parseExpectedStatus(env);
  const only = env.nameList('LR_CHECKS', CHECK_NAMES);
  const disabled = new Set(env.nameList('LR_DISABLE_CHECKS', CHECK_NAMES) ?? []);
  const checks = CHECK_NAMES.filter((n) => (only === undefined || only.includes(n)) && !disabled.has(n));
  if (checks.length === 0 && env.problems.length === 0)
    env.report('LR_DISABLE_CHECKS', 'leaves no check to run', 'disable fewer checks, or widen LR_CHECKS');

  const baseUrl = remote ? parsedUrl?.baseUrl : `http://127.0.0.1:${mockPort}`;
  const host = baseUrl === undefined ? 'unknown' : new URL(baseUrl).hostname.replace(/[^A-Za-z0-9.-]/g, '_');
  const baselinePath = resolve(cwd, env.raw('LR_BASELINE') ?? `baselines/${host}.json`);
  const reportsDir = resolve(cwd, env.raw('LR_REPORTS_DIR') ?? 'reports');
  const baselineMode = env.oneOf('LR_BASELINE_MODE', ['compare', 'record'] as const) ?? 'compare';

  const apiSecret = remote ? env.raw('LR_API_SECRET') : undefined;
  const credentialSecrets = [apiSecret, tokenSource?.kind === 'login' ? tokenSource.password : undefined].filter((s) => s !== undefined);
  const secrets =
    credentials === undefined
      ? []
      : [...new Set([...[...Object.values(credentials), ...accounts.map((a) => a.credentials)].flatMap(secretsOf), ...credentialSecrets])];
  if (env.problems.length > 0 || credentials === undefined || baseUrl === undefined || tokenSource === undefined) {
    // Defensive: no message may carry a secret value, even one echoed by a fixture error.
    throw new ConfigError(redactConfigProblems(env.problems, [...secrets, ...[...SECRET_VARIABLES].map((n) => vars[n] ?? '')]));
  }

  const target: TargetConfig = remote ? { kind: 'remote', baseUrl } : { kind: 'mock', baseUrl, mockPort };
  const seed = replay?.seed ?? envSeed ?? randomInt(0, 2 ** 31 - 1);
  return deepFreeze<Config>({
    target,
    credentials,
    tokenSource,
    ...(apiSecret === undefined ? {} : { apiSecret }),
    ...(uid === undefined ? {} : { uid }),
    accounts,
    prefetchOtp,
    lockoutType,
    ...(mockTenant === undefined ? {} : { mockTenant }),
    seed,
    seedSource: replay ? 'LR_REPLAY' : envSeed !== undefined ? 'LR_SEED' : 'random',
    numRuns,
    concurrency,
    timeoutMs,
    maxResponseTimeMs,
    checks,
    maxBodyBytes,
    maxJsonDepth,
    maxJsonMembers,
    circuitBreaker,
    runTimeoutMs: runTimeoutSeconds === undefined ? undefined : runTimeoutSeconds * 1000,
    minCoverage,
    runDeadlineAt,
    requestBudget,
    maxRps,
    lockoutBudget,
    allowLockout,
    otpCases,
    expectedStatus,
    lockoutThreshold: mockTenant?.lockout.threshold ?? lockoutThreshold,
    baselinePath,
    baselineMode,
    reportsDir,
    ...(replay === undefined ? {} : { replay }),
    secrets,
    warnings,
  });
}
