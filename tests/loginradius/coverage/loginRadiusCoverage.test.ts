import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { loginRadiusCoverage } from '../../../loginradius/coverage/loginRadiusCoverage.ts';

const REMOTE = {
  LR_BASE_URL: 'https://api.example.com/',
  LR_API_KEY: '0f8c3a52-7d1e-4b9a-a6c2-5e4f3d2c1b0a',
  LR_ACCESS_TOKEN: 'a1b2c3d4-e5f6-4789-abcd-ef0123456789',
  LR_TOTP_SECRET: 'jbsw y3dp ehpk 3pxp',
};
const contract = loadContract(DEFAULT_CONTRACT_PATH);
let dir = '';
test.beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'lr-coverage-'))));
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));
const universe = (env: Record<string, string>) => loginRadiusCoverage(loadConfig({ env, cwd: dir }), contract);
const reasonOf = (u: ReturnType<typeof universe>, op: string, code: number) =>
  u.responses.find((r) => r.operationId === op && r.errorCode === code)?.unreachable;

test('a remote tenant without LR_ALLOW_LOCKOUT says why the lockout codes and flows cannot be reached', () => {
  const u = universe(REMOTE);
  expect(reasonOf(u, 'mfaReAuthenticateByOTP', 1198)).toBe('lockout flows off: LR_ALLOW_LOCKOUT=0');
  expect(u.flows.find((f) => f.title === 'lockout Suspend')?.unreachable).toBe('lockout flows off: LR_ALLOW_LOCKOUT=0');
  expect(reasonOf(u, 'mfaReAuthenticate', 901)).toBe('needs LR_UNAUTHORISED_API_KEY');
  expect(reasonOf(u, 'mfaReAuthenticate', 906)).toBe('needs LR_EXPIRED_ACCESS_TOKEN');
  expect(reasonOf(u, 'mfaUpdateSetting', 1067)).toBeUndefined(); // the default budget allows refused OTPs
});

test("with lockout allowed, only the tenant's own lockout type is reachable", () => {
  const u = universe({ ...REMOTE, LR_ALLOW_LOCKOUT: '1', LR_LOCKOUT_TYPE: 'Captcha' });
  expect(reasonOf(u, 'mfaReAuthenticateByOTP', 1132)).toBeUndefined();
  expect(reasonOf(u, 'mfaReAuthenticateByOTP', 1198)).toBe("the tenant's lockout type is Captcha (LR_LOCKOUT_TYPE)");
});

test('on the mock every lockout flow, credential code, rule and example is reachable; 429 and 5xx never are', () => {
  const u = universe({});
  const closed = u.responses.filter((r) => r.unreachable !== undefined);
  expect(new Set(closed.map((r) => r.status))).toEqual(new Set(['429', '500']));
  expect(u.flows.every((f) => f.unreachable === undefined)).toBe(true);
  expect(u.rules.every((r) => r.unreachable === undefined)).toBe(true);
  expect(u.examples.length).toBeGreaterThan(contract.operations.size);
});
