/**
 * The one typed, frozen configuration object. Built only by `loadConfig`; everything else
 * receives it (or parts of it) as a parameter and never reads the environment itself.
 */
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { LockoutType } from '../../mock/fixtures/fixtureTypes.ts';
/** A check's name, one of CHECK_NAMES (loginradius/checks/loginRadiusChecks.ts). */
type CheckName = string;
import type { ReplayRequest } from './parseReplay.ts';
import type { TokenSource } from './tokenSource.ts';
import type { OperationId } from '../../engine/contract/types.ts';

export interface TargetConfig {
  readonly kind: 'mock' | 'remote';
  /** No trailing slash. */
  readonly baseUrl: string;
  /** Set in mock mode only. */
  readonly mockPort?: number;
}

/** One credential set per phase role, so phases never disturb each other's lockout counters. */
export interface RoleCredentials {
  readonly positive: TargetCredentials;
  readonly negative: TargetCredentials;
  readonly flow: TargetCredentials;
}

/** What the mock tenant is configured to do (mock mode only). */
export interface MockTenantInfo {
  readonly name: string;
  readonly lockout: { readonly type: LockoutType; readonly threshold: number; readonly suspendSeconds: number };
  readonly voiceOtpEnabled: boolean;
}

/** One test user of the tenant: its own token and TOTP secret, the tenant's shared key. */
export interface TestAccount {
  /** How reports name it: `#n`, plus a hash of its id when LR_TEST_USERS gives one. */
  readonly label: string;
  readonly credentials: TargetCredentials;
}

export interface Config {
  readonly target: TargetConfig;
  /** Remote mode: the same set for all three roles; with a provider other than static its accessToken is '' until the harness obtains one. */
  readonly credentials: RoleCredentials;
  /** How the access token is obtained (mock: always static, the fixture's tokens). */
  readonly tokenSource: TokenSource;
  /** LR_API_SECRET: management calls (token by UID, refresh, unlock). */
  readonly apiSecret?: string;
  /** LR_UID: the test user's uid (token by UID, unlock). */
  readonly uid?: string;
  /**
   * The pool OTP-consuming work spreads over (LR_TEST_USERS; N accounts give N codes per 30 s step);
   * the first is the roles' account. The mock: the positive role's account only.
   */
  readonly accounts: readonly TestAccount[];
  /** LR_PREFETCH_OTP: start every OTP-consuming job at worker start (the CLI sets it for whole runs). */
  readonly prefetchOtp: boolean;
  readonly lockoutType: LockoutType;
  readonly mockTenant?: MockTenantInfo;
  readonly seed: number;
  /** Where the seed came from; print it when 'random' so the run can be replayed. */
  readonly seedSource: 'LR_SEED' | 'LR_REPLAY' | 'random';
  readonly numRuns: number;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly maxResponseTimeMs: number;
  /** Per-response budgets handed to the transport (LR_MAX_BODY_BYTES, LR_MAX_JSON_DEPTH, LR_MAX_JSON_MEMBERS). */
  readonly maxBodyBytes: number;
  readonly maxJsonDepth: number;
  readonly maxJsonMembers: number;
  /** LR_CIRCUIT_BREAKER: consecutive transport failures that stop an operation's sends; 0 = off. */
  readonly circuitBreaker: number;
  /** LR_RUN_TIMEOUT in ms; undefined = derive it from the plan (cli/runDeadline.ts). */
  readonly runTimeoutMs: number | undefined;
  /** LR_RUN_DEADLINE_AT: epoch ms after which nothing is sent; undefined before the runner sets it. */
  readonly runDeadlineAt: number | undefined;
  /** LR_REQUEST_BUDGET: most contract requests the run sends (the transport's `requestBudget`); undefined = no cap. */
  readonly requestBudget: number | undefined;
  /** LR_MIN_COVERAGE: least percentage of reachable documented responses observed; undefined = no gate. */
  readonly minCoverage: number | undefined;
  /** LR_EXPECTED_STATUS: statuses a positive case may get, per operation (default: any 2xx). */
  readonly expectedStatus: Readonly<Partial<Record<OperationId, readonly number[]>>>;
  /** Checks to run, in canonical order, after LR_CHECKS and LR_DISABLE_CHECKS. */
  readonly checks: readonly CheckName[];
  /** Requests per second; `null` = no cap. */
  readonly maxRps: number | null;
  /** Positive cases per phase for the OTP-verifying operations (each needs a fresh TOTP step). */
  readonly otpCases: number;
  /** The tenant's consecutive-failed-OTP threshold (mock: the tenant's own). */
  readonly lockoutThreshold: number;
  /** Wrong-OTP requests allowed per account per run against a remote target (below the threshold). */
  readonly lockoutBudget: number;
  readonly allowLockout: boolean;
  /** Absolute path. */
  readonly baselinePath: string;
  /** `record` rewrites the baseline from this run; `compare` (default) checks the run against it. */
  readonly baselineMode: 'compare' | 'record';
  /** Absolute path. */
  readonly reportsDir: string;
  readonly replay?: ReplayRequest;
  /** Every secret value configured (all roles), for `createRedactor({ secrets })`. */
  readonly secrets: readonly string[];
  /** Non-fatal remarks worth printing once at start-up (never contain secrets). */
  readonly warnings: readonly string[];
}
