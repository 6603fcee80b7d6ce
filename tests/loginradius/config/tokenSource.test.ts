/** LR_TOKEN_PROVIDER and its variables: chosen or inferred, each provider's needs reported by name, secrets kept. */
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';
import type { ConfigError } from '../../../loginradius/config/configError.ts';

const dir = mkdtempSync(join(tmpdir(), 'lr-token-source-'));
const BASE = {
  LR_BASE_URL: 'https://api.example.com',
  LR_API_KEY: '7a8c6f1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b',
  LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXP',
};
const UID = '0123456789abcdef0123456789abcdef';
const load = (env: Record<string, string>) => loadConfig({ env, cwd: dir, dotenvPath: join(dir, 'none.env') });
const problems = (env: Record<string, string>) => {
  try {
    load(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems.map((p) => `${p.variable}: ${p.problem}`);
  }
};

test('inferred: a static token wins, then login credentials, then a uid', () => {
  expect(load({ ...BASE, LR_ACCESS_TOKEN: 'static-token-1234' }).tokenSource).toEqual({ kind: 'static' });
  expect(load({ ...BASE, LR_LOGIN_EMAIL: 'qa@example.com', LR_LOGIN_PASSWORD: 'pw-123456' }).tokenSource).toEqual({
    kind: 'login',
    email: 'qa@example.com',
    password: 'pw-123456',
  });
  expect(load({ ...BASE, LR_API_SECRET: 'secret-123456', LR_UID: UID.toUpperCase() }).tokenSource).toEqual({
    kind: 'uid',
    uid: UID,
    apiSecret: 'secret-123456',
  });
});

test('each provider names what it is missing; no provider variable at all asks for a token or a way to get one', () => {
  expect(problems({ ...BASE, LR_TOKEN_PROVIDER: 'login', LR_LOGIN_EMAIL: 'qa@example.com' })).toEqual([
    'LR_LOGIN_PASSWORD: is required by the login token provider when LR_BASE_URL is set',
  ]);
  expect(problems({ ...BASE, LR_TOKEN_PROVIDER: 'uid', LR_UID: UID })).toEqual([
    'LR_API_SECRET: is required by the uid token provider when LR_BASE_URL is set',
  ]);
  expect(problems(BASE)).toEqual(['LR_ACCESS_TOKEN: is required by the static token provider when LR_BASE_URL is set']);
  expect(problems({ ...BASE, LR_TOKEN_PROVIDER: 'oauth' })[0]).toMatch(/^LR_TOKEN_PROVIDER: /);
  expect(problems({ ...BASE, LR_ACCESS_TOKEN: 'static-token-1234', LR_UID: 'not-a-uid' })).toEqual([
    'LR_UID: is not a uid (32 hexadecimal characters)',
  ]);
});

test('the password and the API secret are secrets; the mock ignores every provider variable with a warning', () => {
  const c = load({ ...BASE, LR_LOGIN_EMAIL: 'qa@example.com', LR_LOGIN_PASSWORD: 'pw-123456', LR_API_SECRET: 'secret-123456' });
  expect(c.secrets).toEqual(expect.arrayContaining(['pw-123456', 'secret-123456']));
  expect(c.apiSecret).toBe('secret-123456');
  const mock = load({ LR_LOGIN_PASSWORD: 'pw-123456', LR_API_SECRET: 'secret-123456' });
  expect(mock.tokenSource).toEqual({ kind: 'static' });
  expect(mock.warnings.join()).toMatch(/LR_LOGIN_PASSWORD, LR_API_SECRET ignored/);
});
