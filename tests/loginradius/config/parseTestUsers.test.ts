/**
 * LR_TEST_USERS: the account pool, inline JSON or a file; every account's secrets are redacted,
 * the first user stands in for an unset LR_ACCESS_TOKEN / LR_TOTP_SECRET, labels never show an id,
 * and no problem message echoes a value.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';
import type { ConfigError } from '../../../loginradius/config/configError.ts';

const cwd = mkdtempSync(join(tmpdir(), 'lr-users-'));
const KEY = 'c0ffee00-cafe-4bad-8bad-0000000c0de1';
const USERS = [
  { id: 'qa-one@example.com', accessToken: 'c0ffee00-cafe-4bad-8bad-00000000a001', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
  { accessToken: 'c0ffee00-cafe-4bad-8bad-00000000a002', totpSecret: 'krugkidrovuxg2lpnrugkidrovuxg2lp' },
];
const base = { LR_BASE_URL: 'https://staging.example.com', LR_API_KEY: KEY };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ env, cwd, dotenvPath: join(cwd, 'none.env') });
    return [];
  } catch (error) {
    return (error as ConfigError).problems.map((p) => `${p.variable}: ${p.problem} — ${p.fix}`);
  }
}

test('inline JSON: the first user is the roles account, both join the pool, labels hash the id, secrets all redacted', () => {
  const c = loadConfig({ env: { ...base, LR_TEST_USERS: JSON.stringify(USERS) }, cwd, dotenvPath: join(cwd, 'none.env') });
  expect(c.accounts.map((a) => a.credentials.accessToken)).toEqual(USERS.map((u) => u.accessToken));
  expect(c.credentials.positive.accessToken).toBe(USERS[0]!.accessToken);
  expect(c.accounts[1]!.credentials.totpSecret).toBe('KRUGKIDROVUXG2LPNRUGKIDROVUXG2LP');
  expect(c.accounts[1]!.credentials.apiKey).toBe(KEY);
  expect(c.accounts[0]!.label).toMatch(/^#1 \(id ~[0-9a-f]{6}\)$/);
  expect(c.accounts[0]!.label).not.toContain('qa-one');
  expect(c.accounts[1]!.label).toBe('#2');
  for (const u of USERS) expect(c.secrets).toContain(u.accessToken);
});

test('a file path works; LR_ACCESS_TOKEN stays account #1 and the listed users follow (no duplicate)', () => {
  const file = join(cwd, 'users.json');
  writeFileSync(file, JSON.stringify(USERS));
  const c = loadConfig({
    env: { ...base, LR_TEST_USERS: 'users.json', LR_ACCESS_TOKEN: USERS[1]!.accessToken, LR_TOTP_SECRET: USERS[1]!.totpSecret },
    cwd,
    dotenvPath: join(cwd, 'none.env'),
  });
  expect(c.accounts.map((a) => a.credentials.accessToken)).toEqual([USERS[1]!.accessToken, USERS[0]!.accessToken]);
});

test('one account stays the default', () => {
  const c = loadConfig({
    env: { ...base, LR_ACCESS_TOKEN: USERS[0]!.accessToken, LR_TOTP_SECRET: USERS[0]!.totpSecret },
    cwd,
    dotenvPath: join(cwd, 'none.env'),
  });
  expect(c.accounts).toHaveLength(1);
  expect(c.accounts[0]!.label).toBe('#1');
});

test('bad pools are refused with the entry, the problem and the fix, never a value', () => {
  const cases: Array<[string, RegExp]> = [
    ['not json', /LR_TEST_USERS: names a file that cannot be read/],
    ['[1', /is not valid JSON/],
    ['[]', /non-empty array/],
    [JSON.stringify([{ totpSecret: USERS[0]!.totpSecret }]), /entry 1 has no usable "accessToken"/],
    [JSON.stringify([{ accessToken: 'abc', totpSecret: 'short' }]), /entry 1: "totpSecret" is too short/],
    [JSON.stringify([USERS[0], USERS[0]]), /the same user twice/],
  ];
  for (const [value, expected] of cases) {
    const found = problems({ ...base, LR_TEST_USERS: value });
    expect(found.join('\n'), value).toMatch(expected);
    for (const u of USERS) expect(found.join('\n')).not.toContain(u.accessToken);
  }
});

test('the first user stands in only with the static provider: login keeps LR_TOTP_SECRET and obtains the token, the users join the pool', () => {
  const login = { LR_LOGIN_EMAIL: 'qa@example.com', LR_LOGIN_PASSWORD: 'pw-canary-123456' };
  const c = loadConfig({
    env: { ...base, ...login, LR_TOTP_SECRET: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U', LR_TEST_USERS: JSON.stringify(USERS) },
    cwd,
    dotenvPath: join(cwd, 'none.env'),
  });
  expect(c.tokenSource.kind).toBe('login');
  // The provider's account is #1 (token obtained at start), every listed user follows.
  expect(c.credentials.positive.accessToken).toBe('');
  expect(c.credentials.positive.totpSecret).toBe('MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U');
  expect(c.accounts.map((a) => a.credentials.accessToken)).toEqual(['', ...USERS.map((u) => u.accessToken)]);
  expect(c.secrets).toContain(login.LR_LOGIN_PASSWORD);
  for (const u of USERS) expect(c.secrets).toContain(u.accessToken);
  // Without LR_TOTP_SECRET the login provider has no authenticator: the user does not stand in.
  expect(problems({ ...base, ...login, LR_TEST_USERS: JSON.stringify(USERS) }).join('\n')).toMatch(/^LR_TOTP_SECRET: is required/m);
  // The static provider, inferred with only LR_TEST_USERS set, takes the first user.
  const s = loadConfig({ env: { ...base, LR_TEST_USERS: JSON.stringify(USERS) }, cwd, dotenvPath: join(cwd, 'none.env') });
  expect(s.tokenSource.kind).toBe('static');
  expect(s.credentials.positive.accessToken).toBe(USERS[0]!.accessToken);
  // LR_TOTP_SECRET set without LR_ACCESS_TOKEN: the env wins, so the static token is missing and said so.
  expect(problems({ ...base, LR_TOTP_SECRET: USERS[0]!.totpSecret, LR_TEST_USERS: JSON.stringify(USERS) }).join('\n')).toMatch(
    /^LR_ACCESS_TOKEN: is required when LR_BASE_URL is set.*\(or LR_TEST_USERS\)/m,
  );
});
