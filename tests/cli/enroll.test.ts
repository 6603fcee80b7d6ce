/**
 * `npm run enroll` on a fresh mock user: enrols and verifies the authenticator, writes the secret only
 * where asked (0600 file), prints .env lines a following `npm run contract` passes with; a second call
 * says the user is already enrolled. Both ways in: login, and API secret + uid.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock, type RunningMock } from '../../mock/startMock.ts';
import { runContractCli } from './runContractCli.ts';
import { runTool } from './runTool.ts';

let mock: RunningMock;
test.beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
test.afterAll(async () => mock.close());

const tenant = () => mock.fixture.tenants.find((t) => t.name === 'suspend')!;
const user = () => mock.fixture.users.find((u) => u.tenant === 'suspend' && u.role === 'positive')!;
const unenrol = () =>
  fetch(`${mock.url}/__mock/authenticator`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ uid: user().uid, enrolled: false }),
  });
const enrolled = () => mock.state().users.find((u) => u.uid === user().uid)!.authenticatorEnrolled;

test('by login: refuses without a place for the secret, enrols into a 0600 file, then a contract run with the printed lines passes; again: already enrolled', async () => {
  test.setTimeout(300_000);
  mock.reset();
  await unenrol();
  const env = { LR_BASE_URL: mock.url, LR_API_KEY: tenant().apiKey, LR_LOGIN_EMAIL: user().email, LR_LOGIN_PASSWORD: user().password };
  const refused = await runTool('cli/enroll.ts', env);
  expect(refused.exitCode).toBe(2);
  expect(refused.output).toMatch(/--show-secret .*--secret-file/s);
  expect(enrolled()).toBe(false);

  const file = join(mkdtempSync(join(tmpdir(), 'lr-enroll-')), 'totp.env');
  const first = await runTool('cli/enroll.ts', env, ['--secret-file', file]);
  expect(first.exitCode, first.output).toBe(0);
  expect(first.output).toContain('LR_TOKEN_PROVIDER=login');
  expect(first.output).toContain(`LR_LOGIN_EMAIL=${user().email}`);
  expect(first.output).not.toContain(user().password);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const secret = /^LR_TOTP_SECRET=([A-Z2-7]+)$/m.exec(readFileSync(file, 'utf8'))![1]!;
  expect(first.output).not.toContain(secret);
  expect(enrolled()).toBe(true);

  const run = await runContractCli({ ...env, LR_TOKEN_PROVIDER: 'login', LR_TOTP_SECRET: secret, LR_NUM_RUNS: '3', LR_SEED: '3' }, [
    '--grep',
    'positive mfaReAuthenticate$',
  ]);
  expect(run.exitCode, run.output).toBe(0);

  const again = await runTool('cli/enroll.ts', env, ['--show-secret']);
  expect(again.exitCode).toBe(0);
  expect(again.output).toMatch(/already enrolled.*reset/s);
});

test('by API secret + uid with --show-secret: enrolled with the secret it prints (verified by a code computed from it)', async () => {
  mock.reset();
  await unenrol();
  const env = { LR_BASE_URL: mock.url, LR_API_KEY: tenant().apiKey, LR_API_SECRET: tenant().apiSecret, LR_UID: user().uid };
  const first = await runTool('cli/enroll.ts', env, ['--show-secret']);
  expect(first.exitCode, first.output).toBe(0);
  expect(first.output).toContain('LR_TOKEN_PROVIDER=uid');
  expect(first.output).not.toContain(tenant().apiSecret);
  expect(first.output).toMatch(/LR_TOTP_SECRET=[A-Z2-7]{32}/);
  expect(enrolled()).toBe(true);
  expect((await runTool('cli/enroll.ts', env)).output).toMatch(/already enrolled/);
});

test('a wrong password exits 2 naming LR_LOGIN_PASSWORD', async () => {
  const result = await runTool('cli/enroll.ts', {
    LR_BASE_URL: mock.url,
    LR_API_KEY: tenant().apiKey,
    LR_LOGIN_EMAIL: user().email,
    LR_LOGIN_PASSWORD: 'Not-It-987',
  });
  expect(result.exitCode).toBe(2);
  expect(result.output).toContain('LR_LOGIN_PASSWORD');
  expect(result.output).not.toContain('Not-It-987');
});
