/**
 * The remote path end to end, as a user runs it: `npm run contract` with LR_BASE_URL and the
 * tenant's credentials (a pool of three test users in LR_TEST_USERS), every other variable at its
 * default, against the mock's staging profile (real clock, 5 req/s per API key, lockouts on real
 * time), whose tenant carries the redaction canaries. Real waits for TOTP steps: about 2.5–3 min.
 * Proves: exit 0, every report written, no canary in any artifact or the console, never above the
 * rate cap, never above the lockout budget per account, the wall time near the plan's estimate.
 */
import { test, expect } from '@playwright/test';
import { startMock } from '../../mock/startMock.ts';
import type { RequestLogEntry } from '../../mock/state/requestLog.ts';
import { CANARY, canaryCredentialsEnv, canaryFixture, canaryHits, canaryNeedles, ROLES } from './canary.ts';
import { reportTexts } from './reportTexts.ts';
import { runContractCli } from './runContractCli.ts';
import { maxPerSecond } from './maxPerSecond.ts';

const TENANT = 'suspend';
const WRONG_OTP_CODES = [1067, 1068, 1069];
const LOCKOUT_CODES = [1198, 1132, 1148, 991];

test('the default remote run against the staging profile exits 0 within its plan, leaks nothing, respects rate and lockout budget', async () => {
  test.setTimeout(8 * 60_000);
  const fixture = canaryFixture(TENANT);
  const mock = await startMock({ port: 0, profile: 'staging', fixture, requestLogSize: 5000 });
  const users = ROLES.map((role) => ({ id: `qa-${role}`, accessToken: CANARY.users[role].tokens[0], totpSecret: CANARY.users[role].totp }));
  const env = { LR_BASE_URL: mock.url, ...canaryCredentialsEnv(fixture, TENANT), LR_TEST_USERS: JSON.stringify(users) };
  const started = Date.now();
  let entries: RequestLogEntry[] = [];
  let run;
  let plan;
  try {
    plan = await runContractCli(env, ['--list']);
    run = await runContractCli(env);
    entries = ((await (await fetch(`${mock.url}/__mock/requests`)).json()) as { entries: RequestLogEntry[] }).entries;
  } finally {
    await mock.close().catch(() => undefined);
  }
  const ended = Date.now();
  const wallSeconds = (ended - started) / 1000;

  expect(run.exitCode, run.output).toBe(0);
  expect(mock.state().internalErrors).toBe(0);
  expect(run.report.totals.casesSent).toBeGreaterThan(500);
  const files = reportTexts(run.reportsDir);
  for (const required of [
    'contract-report.json',
    'contract-report.md',
    'contract-report.html',
    'junit.xml',
    'results.json',
    'html/index.html',
  ])
    expect(files.map((f) => f.name)).toContain(required);

  // Every OTP-consuming test ran (none skipped for time), each pool account served codes.
  const titles = (run.report.tests as Array<{ title: string }>).map((t) => t.title);
  for (const t of ['examples mfaUpdateSetting #1', 'positive mfaReAuthenticateByOTP', 'step-up', 'OTP single use'])
    expect(
      titles.some((x) => x.startsWith(t)),
      t,
    ).toBe(true);
  const uids = ROLES.map((role) => fixture.users.find((u) => u.tenant === TENANT && u.role === role)!.uid);
  for (const uid of uids)
    expect(
      entries.some((e) => e.uid === uid && e.method === 'PUT' && e.status === 200),
      uid,
    ).toBe(true);

  // Never above the cap (4/s; +2 for timer lateness on shared cores), never a 429 from the tenant's 5/s.
  const peak = maxPerSecond(entries);
  expect(peak).toBeLessThanOrEqual(6);
  expect(entries.filter((e) => e.status === 429)).toEqual([]);
  // Never above the lockout budget (3) per account, never locked.
  for (const uid of uids)
    expect(
      entries.filter((e) => e.uid === uid && e.errorCode !== null && WRONG_OTP_CODES.includes(e.errorCode)).length,
    ).toBeLessThanOrEqual(3);
  expect(entries.filter((e) => e.errorCode !== null && LOCKOUT_CODES.includes(e.errorCode))).toEqual([]);

  // No canary in any artifact or the console (the --list output included).
  const { needles } = canaryNeedles(started, ended);
  expect(canaryHits([...files, { name: 'console output', text: `${plan.output}\n${run.output}` }], needles)).toEqual([]);

  const estimate = Number(/Estimated wall time: ~(\d+) s/.exec(plan.output)?.[1]);
  expect(estimate).toBeGreaterThan(0);
  test.info().annotations.push({
    type: 'measured',
    description: `wall ${wallSeconds.toFixed(0)} s (plan estimate ${estimate} s), ${entries.length} requests, peak ${peak}/s`,
  });
  // Within 20 % of the plan's estimate, plus 30 s for two CLI start-ups on a shared 2-core machine.
  expect(wallSeconds).toBeLessThanOrEqual(estimate * 1.2 + 30);
});
