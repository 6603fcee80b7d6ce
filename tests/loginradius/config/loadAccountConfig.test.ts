/** The enroll/unlock configuration: one way into the account is required, named by variable; secrets never echoed. */
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigError } from '../../../loginradius/config/configError.ts';
import { loadAccountConfig } from '../../../loginradius/config/loadAccountConfig.ts';

const dir = mkdtempSync(join(tmpdir(), 'lr-account-'));
const KEY = { LR_API_KEY: '7a8c6f1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b' };
const UID = '0123456789abcdef0123456789abcdef';
const load = (env: Record<string, string>, purpose: 'enroll' | 'unlock') => loadAccountConfig({ env, cwd: dir, purpose });
const problems = (env: Record<string, string>, purpose: 'enroll' | 'unlock') => {
  try {
    load(env, purpose);
    return [];
  } catch (error) {
    return (error as ConfigError).problems.map((p) => p.variable);
  }
};

test('enroll takes a login or a secret + uid; the target defaults to the local mock', () => {
  const c = load({ ...KEY, LR_LOGIN_EMAIL: 'qa@example.com', LR_LOGIN_PASSWORD: 'pw-1234' }, 'enroll');
  expect(c).toMatchObject({ baseUrl: 'http://127.0.0.1:4010', login: { email: 'qa@example.com', password: 'pw-1234' } });
  expect(load({ ...KEY, LR_API_SECRET: 's-123456', LR_UID: UID }, 'enroll')).toMatchObject({ apiSecret: 's-123456', uid: UID });
  expect(problems({ ...KEY, LR_LOGIN_EMAIL: 'qa@example.com' }, 'enroll')).toEqual(['LR_LOGIN_PASSWORD']);
  expect(problems({ LR_LOGIN_EMAIL: 'qa@example.com', LR_LOGIN_PASSWORD: 'pw-1234' }, 'enroll')).toEqual(['LR_API_KEY']);
});

test('unlock needs the API secret and the uid, whatever login is set', () => {
  expect(problems({ ...KEY, LR_LOGIN_EMAIL: 'qa@example.com', LR_LOGIN_PASSWORD: 'pw-1234', LR_UID: UID }, 'unlock')).toEqual([
    'LR_API_SECRET',
  ]);
  expect(problems({ ...KEY, LR_API_SECRET: 's-123456' }, 'unlock')).toEqual(['LR_UID']);
  expect(problems({ ...KEY, LR_API_SECRET: 's-123456', LR_UID: 'zz' }, 'unlock')).toEqual(['LR_UID']);
});
