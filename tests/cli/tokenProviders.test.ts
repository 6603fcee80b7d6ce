/**
 * Remote-mode runs (LR_BASE_URL at a mock started here) with no static token: the harness logs in
 * (or gets tokens by UID), the mock's tokens expire mid-run, the run still exits 0 and reports its
 * refreshes; a wrong password exits 2 before any contract request. Kept small: CI time is limited.
 */
import { test, expect } from '@playwright/test';
import { loadFixture } from '../../mock/fixtures/loadFixture.ts';
import { startMock, type RunningMock } from '../../mock/startMock.ts';
import { reportTexts } from './reportTexts.ts';
import { runContractCli, type CliRun } from './runContractCli.ts';

/** Where a secret appears in the console or any report file (the HTML report's zip included). */
const leaks = (run: CliRun, secret: string) =>
  [{ name: 'console', text: run.output }, ...reportTexts(run.reportsDir)].filter((t) => t.text.includes(secret)).map((t) => t.name);

const FIXTURE = loadFixture();
const CONTRACT_PATHS = ['/identity/v2/auth/account/reauth/2fa', '/identity/v2/auth/account/2fa/verification/otp'];

async function remoteRun(lifetimeSeconds: number, credentials: (mock: RunningMock) => Record<string, string>, env: Record<string, string>) {
  const mock = await startMock({ port: 0, requestLogSize: 5000, accessTokenLifetimeSeconds: lifetimeSeconds });
  try {
    const tenant = mock.fixture.tenants.find((t) => t.name === 'suspend')!;
    const run: CliRun = await runContractCli(
      { LR_BASE_URL: mock.url, LR_API_KEY: tenant.apiKey, LR_SEED: '7', ...credentials(mock), ...env },
      ['--grep', 'positive mfaReAuthenticate$'],
    );
    const log = (await (await fetch(`${mock.url}/__mock/requests`)).json()).entries as Array<{ path: string; errorCode: number | null }>;
    return { run, log };
  } finally {
    await mock.close();
  }
}

const positiveUser = (mock: RunningMock) => mock.fixture.users.find((u) => u.tenant === 'suspend' && u.role === 'positive')!;

test('login credentials only (no LR_ACCESS_TOKEN), tokens living 12 s, a ~18 s run: exit 0 and at least one refresh', async () => {
  test.setTimeout(300_000);
  const password = FIXTURE.users.find((u) => u.tenant === 'suspend' && u.role === 'positive')!.password;
  const { run, log } = await remoteRun(
    12,
    (mock) => ({ LR_LOGIN_EMAIL: positiveUser(mock).email, LR_LOGIN_PASSWORD: password, LR_TOTP_SECRET: positiveUser(mock).totpSecret }),
    { LR_NUM_RUNS: '36', LR_MAX_RPS: '2' },
  );
  expect(run.exitCode, run.output).toBe(0);
  expect(run.report.totals.tokenRefreshes).toBeGreaterThanOrEqual(1);
  expect(log.filter((e) => e.path === '/identity/v2/auth/login/2fa').length).toBeGreaterThanOrEqual(2);
  expect(log.filter((e) => e.errorCode === 906)).toEqual([]);
  expect(leaks(run, password)).toEqual([]);
});

test('token by UID (LR_API_SECRET, LR_UID), tokens living 3 s: exit 0, refreshed by the refresh token', async () => {
  test.setTimeout(300_000);
  const apiSecret = FIXTURE.tenants.find((t) => t.name === 'suspend')!.apiSecret;
  const { run, log } = await remoteRun(
    3,
    (mock) => ({
      LR_API_SECRET: apiSecret,
      LR_UID: positiveUser(mock).uid,
      LR_TOTP_SECRET: positiveUser(mock).totpSecret,
    }),
    { LR_NUM_RUNS: '20', LR_MAX_RPS: '4' },
  );
  expect(run.exitCode, run.output).toBe(0);
  expect(run.report.totals.tokenRefreshes).toBeGreaterThanOrEqual(1);
  expect(log.some((e) => e.path === '/identity/v2/manage/account/access_token/refresh')).toBe(true);
  expect(leaks(run, apiSecret)).toEqual([]);
});

test('a wrong password exits 2 before any contract request, naming LR_LOGIN_PASSWORD and the fix, never the password', async () => {
  const { run, log } = await remoteRun(
    900,
    (mock) => ({
      LR_LOGIN_EMAIL: positiveUser(mock).email,
      LR_LOGIN_PASSWORD: 'Wrong-Password-123',
      LR_TOTP_SECRET: positiveUser(mock).totpSecret,
    }),
    {},
  );
  expect(run.exitCode).toBe(2);
  expect(run.output).toContain('LR_LOGIN_PASSWORD');
  expect(run.output).toMatch(/fix: set LR_LOGIN_EMAIL and LR_LOGIN_PASSWORD/);
  expect(run.output).not.toContain('Wrong-Password-123');
  expect(log.filter((e) => CONTRACT_PATHS.includes(e.path))).toEqual([]);
  expect(run.report.exitCode).toBe(2);
});
