/**
 * Options of `startMock`, with documented defaults, validated at once (errors name the option and
 * the fix).
 */
import { assertDriftIds } from './drift/composeDrift.ts';
import { DEFAULT_FIXTURE_PATH } from './fixtures/loadFixture.ts';
import { resolveFault } from './faults/activeFault.ts';
import type { ActiveFault, FaultSetting } from './faults/activeFault.ts';
import type { AnyFaultId as FaultId } from './faults/allFaults.ts';
import type { DriftId } from './drift/scenarios.ts';
import type { MockFixture } from './fixtures/fixtureTypes.ts';

/** `default`: a test fixture (movable clock, no rate limit); `staging`: behaves like a non-production tenant. */
export type MockProfile = 'default' | 'staging';

/** The vendor's rate limit on non-production tenants (requests per second per API key). */
const STAGING_RATE_LIMIT_RPS = 5;

export interface MockOptions {
  /**
   * `staging`: the real clock (clock moves and resets over HTTP are refused), the vendor's
   * 5 req/s per API key with 429 + Retry-After, lockouts that expire on real time only.
   * @defaultValue 'default'
   */
  profile?: MockProfile;
  /** Interface to listen on. @defaultValue '127.0.0.1' */
  host?: string;
  /** Port; 0 picks a free ephemeral port. @defaultValue 0 */
  port?: number;
  /** Seed fixture file. @defaultValue mock/fixtures/tenant.json */
  fixturePath?: string;
  /** In-memory fixture; wins over `fixturePath` (tests). @defaultValue undefined */
  fixture?: MockFixture;
  /** Requests per second per API key (token bucket); 0 = off. @defaultValue 0 (staging profile: 5) */
  rateLimitRps?: number;
  /** Overrides every tenant's lockout threshold. @defaultValue undefined (fixture value, 5) */
  lockoutThreshold?: number;
  /** Drift scenarios active from the start (ids from mock/drift/scenarios.ts). @defaultValue [] */
  drift?: readonly DriftId[];
  /**
   * Transport fault active from the start (id from mock/faults/faults.ts, or {fault, operations}); it hits
   * only vendor paths of the named operations. @defaultValue undefined (none; operations default ['mfaReAuthenticate'])
   */
  fault?: FaultId | FaultSetting;
  /** Serve HTTPS with this PEM key/cert pair instead of HTTP. @defaultValue undefined */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Time source in ms since the epoch; the admin clock offset is added to it. @defaultValue Date.now */
  clock?: () => number;
  /** Entries kept by GET /__mock/requests. @defaultValue 1000 */
  requestLogSize?: number;
  /** Largest accepted request body; larger → 413. @defaultValue 1_048_576 (1 MB) */
  maxBodyBytes?: number;
  /** Answer in the vendor doc examples' legacy forms (mock/legacy/legacyForms.ts). @defaultValue false */
  legacyForms?: boolean;
  /** Lifetime of the access tokens the mock issues (login, token by UID, refresh); fixture tokens never expire. @defaultValue 900 (the vendor's 15 min) */
  accessTokenLifetimeSeconds?: number;
  /** Added to every vendor answer (MFA and credential endpoints), like a slow gateway; admin routes answer at once. @defaultValue 0 */
  latencyMs?: number;
}

export interface ResolvedMockOptions {
  readonly profile: MockProfile;
  readonly host: string;
  readonly port: number;
  readonly fixturePath: string;
  readonly fixture: MockFixture | undefined;
  readonly rateLimitRps: number;
  readonly lockoutThreshold: number | undefined;
  readonly drift: readonly DriftId[];
  readonly fault: ActiveFault | null;
  readonly tls: { key: string | Buffer; cert: string | Buffer } | undefined;
  readonly clock: () => number;
  readonly requestLogSize: number;
  readonly maxBodyBytes: number;
  readonly legacyForms: boolean;
  readonly accessTokenLifetimeSeconds: number;
  readonly latencyMs: number;
}

function check(ok: boolean, problem: string): void {
  if (!ok) throw new Error(`startMock: ${problem}`);
}

export function resolveMockOptions(options: MockOptions = {}): ResolvedMockOptions {
  const o = { ...options };
  const port = o.port ?? 0;
  check(Number.isInteger(port) && port >= 0 && port <= 65535, `port ${String(o.port)} is invalid; pass an integer 0–65535 (0 = ephemeral)`);
  const profile = o.profile ?? 'default';
  check(profile === 'default' || profile === 'staging', `profile ${String(o.profile)} is invalid; pass 'default' or 'staging'`);
  const rps = o.rateLimitRps ?? (profile === 'staging' ? STAGING_RATE_LIMIT_RPS : 0);
  check(Number.isFinite(rps) && rps >= 0, `rateLimitRps ${String(o.rateLimitRps)} is invalid; pass a number ≥ 0 (0 turns the limit off)`);
  if (o.lockoutThreshold !== undefined)
    check(
      Number.isInteger(o.lockoutThreshold) && o.lockoutThreshold >= 1,
      `lockoutThreshold ${String(o.lockoutThreshold)} is invalid; pass an integer ≥ 1 or leave it out`,
    );
  const drift = o.drift ?? [];
  check(Array.isArray(drift), 'drift must be an array of scenario ids');
  assertDriftIds(drift, 'startMock');
  const logSize = o.requestLogSize ?? 1000;
  check(Number.isInteger(logSize) && logSize >= 1, `requestLogSize ${String(o.requestLogSize)} is invalid; pass an integer ≥ 1`);
  const maxBody = o.maxBodyBytes ?? 1_048_576;
  check(Number.isInteger(maxBody) && maxBody >= 1, `maxBodyBytes ${String(o.maxBodyBytes)} is invalid; pass an integer ≥ 1`);
  if (o.tls !== undefined) check(Boolean(o.tls.key) && Boolean(o.tls.cert), 'tls needs both "key" and "cert" (PEM)');
  if (o.clock !== undefined) check(typeof o.clock === 'function', 'clock must be a function returning epoch milliseconds');
  check(
    profile !== 'staging' || o.clock === undefined,
    "the staging profile runs on the real clock; leave out 'clock' or use profile 'default'",
  );
  if (o.legacyForms !== undefined) check(typeof o.legacyForms === 'boolean', 'legacyForms must be true or false');
  const lifetime = o.accessTokenLifetimeSeconds ?? 900;
  check(
    Number.isInteger(lifetime) && lifetime >= 1,
    `accessTokenLifetimeSeconds ${String(o.accessTokenLifetimeSeconds)} is invalid; pass an integer ≥ 1 (seconds)`,
  );
  const latencyMs = o.latencyMs ?? 0;
  check(
    Number.isFinite(latencyMs) && latencyMs >= 0 && latencyMs <= 600_000,
    `latencyMs ${String(o.latencyMs)} is invalid; pass 0–600000 (ms)`,
  );
  return {
    latencyMs,
    profile,
    host: o.host ?? '127.0.0.1',
    port,
    fixturePath: o.fixturePath ?? DEFAULT_FIXTURE_PATH,
    fixture: o.fixture,
    rateLimitRps: rps,
    lockoutThreshold: o.lockoutThreshold,
    drift,
    fault: resolveFault(o.fault, 'startMock'),
    tls: o.tls,
    clock: o.clock ?? Date.now,
    requestLogSize: logSize,
    maxBodyBytes: maxBody,
    legacyForms: o.legacyForms ?? false,
    accessTokenLifetimeSeconds: lifetime,
  };
}
