/** The mock's issued credentials: access tokens carry the configured lifetime, refresh tokens are single use. */
import { test, expect } from '@playwright/test';
import { CredentialStore } from '../../../mock/state/credentialStore.ts';
import { loadFixture } from '../../../mock/fixtures/loadFixture.ts';

const user = loadFixture().users[0]!;

test('an issued access token expires after the lifetime; the pair is new each time', () => {
  const store = new CredentialStore(5_000);
  const a = store.issue(user, 1_000);
  const b = store.issue(user, 1_000);
  expect(a.expiresAt).toBe(6_000);
  expect(store.accessTokens.get(a.access_token)).toEqual({ user, expiresAt: 6_000 });
  expect(new Set([a.access_token, a.refresh_token, b.access_token, b.refresh_token]).size).toBe(4);
});

test('a refresh token redeems once: unknown, used and expired are told apart', () => {
  const store = new CredentialStore(5_000);
  const pair = store.issue(user, 0);
  const next = store.refresh(pair.refresh_token, 10);
  expect('ok' in next && next.ok.expiresAt).toBe(5_010);
  expect(store.refresh(pair.refresh_token, 20)).toEqual({ error: 'used' });
  expect(store.refresh('nope', 20)).toEqual({ error: 'unknown' });
  const later = 'ok' in next ? next.ok.refresh_token : '';
  expect(store.refresh(later, 61 * 24 * 3600_000)).toEqual({ error: 'expired' });
});

test('a second-factor login token works until it expires or the login ends; clear() forgets everything', () => {
  const store = new CredentialStore(5_000);
  const login = store.startLogin(user, 0);
  expect(store.login(login.token, 1)).toEqual({ ok: user });
  expect(store.login(login.token, login.expiresAt)).toEqual({ error: 'expired' });
  store.endLogin(login.token);
  expect(store.login(login.token, 1)).toEqual({ error: 'unknown' });
  const pair = store.issue(user, 0);
  store.clear();
  expect(store.accessTokens.size).toBe(0);
  expect(store.refresh(pair.refresh_token, 1)).toEqual({ error: 'unknown' });
});
