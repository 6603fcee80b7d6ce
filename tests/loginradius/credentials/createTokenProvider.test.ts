/**
 * The configured providers against the mock: the MFA login (password, then a fresh authenticator
 * code) and the token by UID obtain working tokens that expire with the mock's lifetime and are
 * renewed (by login again, or by the single-use refresh token); wrong credentials name the variable.
 */
import { test, expect } from '@playwright/test';
import { startMock, type RunningMock } from '../../../mock/startMock.ts';
import { createTokenProvider } from '../../../loginradius/credentials/createTokenProvider.ts';
import { CredentialError } from '../../../loginradius/credentials/credentialError.ts';
import { vendorCall } from '../../../loginradius/credentials/vendorCall.ts';
import { createFreshOtpSource } from '../../../loginradius/otp/freshOtpSource.ts';
import { createMockControl } from '../../../loginradius/target/mockControl.ts';
import type { TokenSource } from '../../../loginradius/config/tokenSource.ts';

let mock: RunningMock;
test.beforeAll(async () => {
  mock = await startMock({ accessTokenLifetimeSeconds: 60 });
});
test.afterAll(async () => mock.close());
test.beforeEach(() => mock.reset());

const tenant = () => mock.fixture.tenants[0]!;
const user = () => mock.fixture.users.find((u) => u.tenant === tenant().name && u.role === 'positive')!;

function providerFor(source: TokenSource, apiSecret?: string) {
  const control = createMockControl(mock.url);
  const otp = createFreshOtpSource({ totpSecret: user().totpSecret, clock: control });
  return {
    control,
    provider: createTokenProvider({
      source,
      call: vendorCall(mock.url),
      apiKey: tenant().apiKey,
      ...(apiSecret ? { apiSecret } : {}),
      staticToken: 'unused',
      otp: () => otp,
      clock: () => Date.now() + mock.state().clockOffsetMs,
    }),
  };
}

async function works(token: string): Promise<number> {
  const r = await fetch(`${mock.url}/identity/v2/auth/account/reauth/2fa?apikey=${tenant().apiKey}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return r.status;
}

test('login: obtains a working token; past the margin it logs in again (no secret) and counts the refresh', async () => {
  const { provider, control } = providerFor({ kind: 'login', email: user().email, password: user().password });
  const first = await provider.token();
  expect(await works(first)).toBe(200);
  await control.advance(50_000);
  const second = await provider.token();
  expect(second).not.toBe(first);
  expect(await works(second)).toBe(200);
  expect(provider.refreshes).toBe(1);
});

test('uid: obtains by UID and renews with the single-use refresh token', async () => {
  const { provider } = providerFor({ kind: 'uid', uid: user().uid, apiSecret: tenant().apiSecret });
  const first = await provider.token();
  const second = await provider.refresh(first);
  expect(second).not.toBe(first);
  expect(await works(second)).toBe(200);
  const refreshes = (await (await fetch(`${mock.url}/__mock/requests`)).json()).entries.filter((e: { path: string }) =>
    e.path.endsWith('/access_token/refresh'),
  );
  expect(refreshes).toHaveLength(1);
});

test('a wrong password fails with a CredentialError naming LR_LOGIN_PASSWORD and the fix, without the password', async () => {
  const { provider } = providerFor({ kind: 'login', email: user().email, password: 'not-the-password' });
  const error = await provider.token().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CredentialError);
  expect((error as CredentialError).variable).toBe('LR_LOGIN_PASSWORD');
  expect((error as Error).message).toContain('ErrorCode 1200');
  expect((error as Error).message).not.toContain('not-the-password');
});

test('a wrong API secret names LR_API_SECRET; an unknown uid names LR_UID', async () => {
  const wrongSecret = providerFor({ kind: 'uid', uid: user().uid, apiSecret: 'nope' }).provider;
  expect(await wrongSecret.token().catch((e: CredentialError) => e.variable)).toBe('LR_API_SECRET');
  const unknownUid = providerFor({ kind: 'uid', uid: '0'.repeat(32), apiSecret: tenant().apiSecret }).provider;
  expect(await unknownUid.token().catch((e: CredentialError) => e.variable)).toBe('LR_UID');
});
