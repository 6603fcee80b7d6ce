/** The renewing provider: renews before expiry, shares one renewal between callers, counts each once. */
import { test, expect } from '@playwright/test';
import { renewalMargin, renewingProvider, staticTokenProvider } from '../../../loginradius/credentials/tokenProvider.ts';
import type { ObtainedToken } from '../../../loginradius/credentials/obtainedToken.ts';

function fakeSource(now: { t: number }, lifetimeMs = 60_000) {
  let n = 0;
  const calls: string[] = [];
  const next = async (how: string): Promise<ObtainedToken> => {
    calls.push(how);
    await new Promise((r) => setTimeout(r, 5));
    n += 1;
    return { accessToken: `token-${n}`, refreshToken: `refresh-${n}`, expiresAt: now.t + lifetimeMs, obtainedAt: now.t };
  };
  return { calls, source: { kind: 'login' as const, obtain: () => next('obtain'), renew: () => next('renew') } };
}

test('the margin is a quarter of the lifetime, at most 60 s, and 0 without a known expiry', () => {
  expect(renewalMargin({ accessToken: 'a', obtainedAt: 0, expiresAt: 60_000 })).toBe(15_000);
  expect(renewalMargin({ accessToken: 'a', obtainedAt: 0, expiresAt: 900_000 })).toBe(60_000);
  expect(renewalMargin({ accessToken: 'a', obtainedAt: 0 })).toBe(0);
});

test('token() obtains once, then renews only inside the margin before expiry (counted, each renewal claimed once)', async () => {
  const now = { t: 0 };
  const { source, calls } = fakeSource(now);
  const seen: string[] = [];
  const p = renewingProvider(
    source,
    (t) => seen.push(t),
    () => now.t,
  );
  expect(await p.token()).toBe('token-1');
  now.t = 44_000;
  expect(await p.token()).toBe('token-1');
  now.t = 45_000;
  expect(await p.token()).toBe('token-2');
  expect(calls).toEqual(['obtain', 'renew']);
  expect(seen).toEqual(['token-1', 'token-2']);
  expect([p.refreshes, p.claimRefreshes(), p.claimRefreshes()]).toEqual([1, 1, 0]);
});

test('refresh(stale): concurrent callers share one renewal; a caller with an already replaced token gets the new one', async () => {
  const now = { t: 0 };
  const { source, calls } = fakeSource(now);
  const p = renewingProvider(source, undefined, () => now.t);
  await p.token();
  const all = await Promise.all([p.refresh('token-1'), p.refresh('token-1'), p.refresh('token-1')]);
  expect(all).toEqual(['token-2', 'token-2', 'token-2']);
  expect(await p.refresh('token-1')).toBe('token-2');
  expect(calls).toEqual(['obtain', 'renew']);
  expect(p.refreshes).toBe(1);
});

test('a failed renewal propagates and the next call tries again', async () => {
  let fail = true;
  const p = renewingProvider({
    kind: 'uid',
    obtain: async () => ({ accessToken: 'a', obtainedAt: 0 }),
    renew: async () => {
      if (fail) throw new Error('refused');
      return { accessToken: 'b', obtainedAt: 0 };
    },
  });
  await p.token();
  await expect(p.refresh('a')).rejects.toThrow('refused');
  fail = false;
  expect(await p.refresh('a')).toBe('b');
});

test('the static provider never changes its token and never counts', async () => {
  const p = staticTokenProvider('fixed');
  expect([await p.token(), await p.refresh('fixed'), p.refreshes, p.claimRefreshes()]).toEqual(['fixed', 'fixed', 0, 0]);
});
