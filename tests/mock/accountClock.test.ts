/**
 * Per-account clocks (PUT /__mock/clock with a uid): moving one account's clock changes that
 * account's TOTP window and lockout time only; every other account, and the shared clock, stay
 * where they were; a reset puts every clock back. The harness's MockControl keeps each account's
 * time, locally and from the mock.
 */
import { test, expect } from '@playwright/test';
import { createMockControl } from '../../loginradius/target/mockControl.ts';
import { mockPerFile, T0 } from './helpers/mockHarness.ts';

const h = mockPerFile();

const HOUR = 3_600_000;

test("an account's clock moves its own codes only: its old code is refused, its new one accepted, another account's current code still passes", async () => {
  const positive = h.user('suspend', 'positive');
  const pool = h.mock.fixture.users.find((u) => u.tenant === 'suspend' && u.role === 'pool')!;
  const moved = await h.admin('PUT', '/__mock/clock', { offsetMs: HOUR, uid: positive.uid });
  expect(moved.status).toBe(200);
  expect(moved.json).toEqual({ uid: positive.uid, offsetMs: HOUR, now: new Date(T0 + HOUR).toISOString() });

  const stale = await h.call('mfaReAuthenticateByOTP', { body: { otp: h.otp(positive, T0) } });
  expect(stale.status).toBe(403);
  const fresh = await h.call('mfaReAuthenticateByOTP', { body: { otp: h.otp(positive, T0 + HOUR) } });
  expect(fresh.status).toBe(200);

  // The pool account (same tenant) is still on the shared clock.
  const other = await h.call('mfaReAuthenticateByOTP', {
    headers: { authorization: `Bearer ${pool.accessTokens.valid}` },
    body: { otp: h.otp(pool, T0) },
  });
  expect(other.status).toBe(200);

  const state = (await h.admin('GET', '/__mock/state')).json;
  expect(state.clockOffsetMs).toBe(0);
  expect(state.accountClockOffsetsMs).toEqual({ [positive.uid]: HOUR });
});

test('a reset puts every account clock back; an unknown uid and a bad offset are refused with the fix', async () => {
  const positive = h.user('suspend', 'positive');
  await h.admin('PUT', '/__mock/clock', { offsetMs: HOUR, uid: positive.uid });
  await h.admin('POST', '/__mock/reset', {});
  expect((await h.admin('GET', '/__mock/state')).json.accountClockOffsetsMs).toEqual({});
  expect((await h.call('mfaReAuthenticateByOTP', { body: { otp: h.otp(positive, T0) } })).status).toBe(200);

  const unknown = await h.admin('PUT', '/__mock/clock', { offsetMs: 1, uid: 'f'.repeat(32) });
  expect(unknown.status).toBe(400);
  expect(unknown.json.error).toMatch(/no account has uid/);
  const bad = await h.admin('PUT', '/__mock/clock', { offsetMs: 1, uid: 7 });
  expect(bad.status).toBe(400);
  expect(bad.json.error).toMatch(/"uid": "<32 hex>"/);
});

test('MockControl.account: its time is the shared clock plus its own offset, and advancing it moves nothing else', async () => {
  // The harness's mock runs on a fake clock, so the control asks the mock each time (no local clock).
  const control = createMockControl(h.mock.url);
  const positive = h.user('suspend', 'positive');
  const negative = h.user('suspend', 'negative');
  const mine = control.account(positive.uid);
  expect(await mine.now()).toBe(T0);
  expect(await mine.advance(90_000)).toBe(T0 + 90_000);
  expect(await mine.now()).toBe(T0 + 90_000);
  expect(await control.account(negative.uid).now()).toBe(T0);
  expect(await control.now()).toBe(T0);
  await control.advance(30_000);
  expect(await mine.now()).toBe(T0 + 120_000);
  expect(h.mock.state().accountClockOffsetsMs).toEqual({ [positive.uid]: 90_000 });
});
