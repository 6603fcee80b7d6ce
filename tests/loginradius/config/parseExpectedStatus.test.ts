import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';
import { ConfigError } from '../../../loginradius/config/configError.ts';

const cwd = mkdtempSync(join(tmpdir(), 'lr-expected-'));
const REMOTE = {
  LR_BASE_URL: 'https://api.example.com',
  LR_API_KEY: '0f8c3a52-7d1e-4b9a-a6c2-5e4f3d2c1b0a',
  LR_ACCESS_TOKEN: 'a1b2c3d4-e5f6-4789-abcd-ef0123456789',
  LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXP',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ env, cwd });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.map((p) => `${p.variable}: ${p.problem} — ${p.fix}`);
  }
  throw new Error('expected a ConfigError');
}

test('LR_EXPECTED_STATUS: per-operation status lists; unset means any 2xx', () => {
  expect(loadConfig({ env: {}, cwd }).expectedStatus).toEqual({});
  const c = loadConfig({ env: { LR_EXPECTED_STATUS: 'mfaReAuthenticate=200; mfaUpdateSetting=200,202' }, cwd });
  expect(c.expectedStatus).toEqual({ mfaReAuthenticate: [200], mfaUpdateSetting: [200, 202] });
});

test('LR_EXPECTED_STATUS: unknown operation gets a closest-name hint; a non-status is named', () => {
  const found = problems({ LR_EXPECTED_STATUS: 'mfaReAuthenticat=200;mfaUpdateSetting=ok' });
  expect(found[0]).toContain('did you mean mfaReAuthenticate?');
  expect(found[1]).toContain('"ok" for mfaUpdateSetting is not a list of HTTP statuses');
});

test('remote defaults: OTP cases capped at 2, budget below the threshold; a budget that would lock is refused', () => {
  const c = loadConfig({ env: REMOTE, cwd });
  expect([c.otpCases, c.lockoutThreshold, c.lockoutBudget]).toEqual([2, 5, 3]);
  expect(loadConfig({ env: { ...REMOTE, LR_LOCKOUT_THRESHOLD: '3' }, cwd }).lockoutBudget).toBe(2);
  expect(problems({ ...REMOTE, LR_LOCKOUT_BUDGET: '5' })[0]).toMatch(
    /LR_LOCKOUT_BUDGET: is 5, which would lock the account .* set LR_LOCKOUT_BUDGET below 5, or LR_ALLOW_LOCKOUT=1/,
  );
  expect(loadConfig({ env: { ...REMOTE, LR_LOCKOUT_BUDGET: '5', LR_ALLOW_LOCKOUT: '1' }, cwd }).lockoutBudget).toBe(5);
});

test("mock defaults: OTP cases follow LR_NUM_RUNS; the threshold is the mock tenant's own", () => {
  const c = loadConfig({ env: { LR_NUM_RUNS: '40' }, cwd });
  expect([c.otpCases, c.lockoutThreshold]).toEqual([40, 5]);
});
