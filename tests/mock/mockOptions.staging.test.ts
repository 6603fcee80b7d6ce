/**
 * The staging profile behaves like a non-production tenant: the real clock (clock moves and resets
 * over the admin surface are refused with a clear error), the vendor's 5 req/s per API key with
 * 429 + Retry-After, Suspend lockouts that run on real time; the admin surface stays readable.
 */
import { test, expect } from '@playwright/test';
import { startMock, type RunningMock } from '../../mock/startMock.ts';
import { resolveMockOptions } from '../../mock/mockOptions.ts';

const TRIGGER = '/identity/v2/auth/account/reauth/2fa';
const VERIFY = '/identity/v2/auth/account/reauth/2fa/otp';

let mock: RunningMock;
test.beforeAll(async () => {
  mock = await startMock({ port: 0, profile: 'staging' });
});
test.afterAll(async () => {
  await mock.close();
});

function suspendUser() {
  const tenant = mock.fixture.tenants.find((t) => t.name === 'suspend')!;
  const user = mock.fixture.users.find((u) => u.tenant === 'suspend' && u.role === 'negative')!;
  return { apiKey: tenant.apiKey, user };
}

test('options: staging defaults to 5 req/s, keeps an explicit rate, and refuses a fake clock', () => {
  expect(resolveMockOptions({ profile: 'staging' }).rateLimitRps).toBe(5);
  expect(resolveMockOptions({ profile: 'staging', rateLimitRps: 2 }).rateLimitRps).toBe(2);
  expect(resolveMockOptions({}).rateLimitRps).toBe(0);
  expect(() => resolveMockOptions({ profile: 'staging', clock: () => 0 })).toThrow(/real clock/);
  expect(() => resolveMockOptions({ profile: 'prod' as never })).toThrow(/profile prod is invalid/);
});

test('the admin clock and reset are refused with 403 and a message naming the profile; state and log stay readable', async () => {
  const clock = await fetch(`${mock.url}/__mock/clock`, { method: 'PUT', body: JSON.stringify({ offsetMs: 30_000 }) });
  expect(clock.status).toBe(403);
  expect(((await clock.json()) as { error: string }).error).toMatch(/staging profile cannot move the clock/);
  const reset = await fetch(`${mock.url}/__mock/reset`, { method: 'POST', body: '{}' });
  expect(reset.status).toBe(403);
  expect(() => mock.setClockOffset(1000)).toThrow(/staging profile/);
  const state = (await (await fetch(`${mock.url}/__mock/state`)).json()) as { profile: string; clockOffsetMs: number; now: string };
  expect(state.profile).toBe('staging');
  expect(state.clockOffsetMs).toBe(0);
  expect(Math.abs(Date.parse(state.now) - Date.now())).toBeLessThan(2000);
  expect((await fetch(`${mock.url}/__mock/requests`)).status).toBe(200);
});

test('a burst over 5 req/s per API key gets 429 with Retry-After; another key is not affected', async () => {
  const { apiKey, user } = suspendUser();
  const other = mock.fixture.tenants.find((t) => t.name === 'block')!;
  const otherUser = mock.fixture.users.find((u) => u.tenant === 'block' && u.role === 'positive')!;
  const call = (key: string, token: string) =>
    fetch(`${mock.url}${TRIGGER}?apikey=${key}`, { headers: { authorization: `Bearer ${token}` } });
  const answers = await Promise.all(Array.from({ length: 8 }, () => call(apiKey, user.accessTokens.valid)));
  const limited = answers.filter((r) => r.status === 429);
  expect(limited.length).toBeGreaterThanOrEqual(3);
  expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect((await call(other.apiKey, otherUser.accessTokens.valid)).status).toBe(200);
});

test('wrong OTPs lock a Suspend account on the real clock: locked until now + the suspend period, counters readable', async () => {
  const { apiKey, user } = suspendUser();
  await new Promise((r) => setTimeout(r, 1200)); // a full bucket again after the burst test
  for (let i = 0; i < 5; i += 1) {
    if (i === 4) await new Promise((r) => setTimeout(r, 1000));
    const r = await fetch(`${mock.url}${VERIFY}?apikey=${apiKey}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${user.accessTokens.valid}`, 'content-type': 'application/json' },
      body: JSON.stringify({ otp: '000000' }),
    });
    expect(r.status).not.toBe(429);
  }
  const state = mock.state().users.find((u) => u.uid === user.uid)!;
  expect(state.failedAttempts).toBe(5);
  expect(state.locked).toBe(true);
  const suspendMs = mock.fixture.tenants.find((t) => t.name === 'suspend')!.lockout.suspendSeconds * 1000;
  expect(Math.abs(Date.parse(state.lockedUntil!) - (Date.now() + suspendMs))).toBeLessThan(5000);
});
