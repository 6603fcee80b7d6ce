/**
 * Test helpers for driving the mock: a controllable clock, fixture lookups, OTP generation and a small
 * fetch wrapper that knows the three vendor paths.
 */
import { test } from '@playwright/test';
import { HOTP, Secret } from 'otpauth';
import { startMock } from '../../../mock/startMock.ts';
import type { MockOptions, RunningMock } from '../../../mock/startMock.ts';
import type { TenantFixture, TenantName, UserFixture, UserRole } from '../../../mock/fixtures/fixtureTypes.ts';

export const PATHS = {
  mfaReAuthenticate: '/identity/v2/auth/account/reauth/2fa',
  mfaUpdateSetting: '/identity/v2/auth/account/2fa/verification/otp',
  mfaReAuthenticateByOTP: '/identity/v2/auth/account/reauth/2fa/otp',
} as const;
export type Op = keyof typeof PATHS;

/** A fixed, step-aligned start time (mid-step, so ±1 step is unambiguous). */
export const T0 = Date.UTC(2026, 0, 1, 12, 0, 15);

export interface Harness {
  mock: RunningMock;
  /** Current mock clock (without admin offset). */
  time: { now: number };
  tenant(name?: TenantName): TenantFixture;
  user(tenant?: TenantName, role?: UserRole): UserFixture;
  /** TOTP of `user` for the step containing `at` (default: the mock clock). */
  otp(user: UserFixture, at?: number): string;
  call(op: Op, init?: CallInit): Promise<Reply>;
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
}

interface CallInit {
  tenant?: TenantName;
  role?: UserRole;
  /** Full query string override (without "?"); default `apikey=<tenant key>`. */
  query?: string;
  /** Extra query appended to the default. */
  extraQuery?: string;
  /** Headers; default has the user's Bearer token and JSON content type for PUTs. */
  headers?: Record<string, string>;
  /** `null` removes the default Authorization header. */
  auth?: string | null;
  body?: unknown;
  rawBody?: string | Uint8Array;
  method?: string;
  path?: string;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export async function startHarness(options: MockOptions = {}): Promise<Harness> {
  const time = { now: T0 };
  const mock = await startMock({ clock: () => time.now, ...options });
  const fx = mock.fixture;
  const tenant = (name: TenantName = 'suspend') => fx.tenants.find((t) => t.name === name)!;
  const user = (t: TenantName = 'suspend', role: UserRole = 'positive') => fx.users.find((u) => u.tenant === t && u.role === role)!;
  const otp = (u: UserFixture, at = time.now + mock.state().clockOffsetMs) =>
    HOTP.generate({ secret: Secret.fromBase32(u.totpSecret), counter: Math.floor(at / 30_000) });
  const call = async (op: Op, init: CallInit = {}): Promise<Reply> => {
    const t = tenant(init.tenant);
    const u = user(init.tenant, init.role);
    const method = init.method ?? (op === 'mfaReAuthenticate' ? 'GET' : 'PUT');
    const query = init.query ?? `apikey=${t.apiKey}${init.extraQuery ? `&${init.extraQuery}` : ''}`;
    const headers: Record<string, string> = {};
    const auth = init.auth === undefined ? `Bearer ${u.accessTokens.valid}` : init.auth;
    if (auth !== null) headers['authorization'] = auth;
    if (method === 'PUT') headers['content-type'] = 'application/json';
    Object.assign(headers, init.headers);
    const body =
      method === 'GET' || method === 'HEAD'
        ? undefined
        : (init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined));
    const res = await fetch(`${mock.url}${init.path ?? PATHS[op]}${query ? `?${query}` : ''}`, {
      method,
      headers,
      ...(body !== undefined ? { body: body as string } : {}),
    });
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  };
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${mock.url}${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    return { status: res.status, json: await res.json() };
  };
  return { mock, time, tenant, user, otp, call, admin };
}

/**
 * The file's mock: started before its first test, closed after its last, put back to the fixture
 * with the clock at T0 before each test. The object is filled in when the mock has started.
 */
export function mockPerFile(options: MockOptions = {}): Harness {
  const h = {} as Harness;
  test.beforeAll(async () => {
    Object.assign(h, await startHarness(options));
  });
  test.afterAll(async () => {
    await h.mock.close();
  });
  test.beforeEach(() => {
    h.mock.reset();
    h.time.now = T0;
  });
  return h;
}
