/**
 * Redaction canary: the suite runs in remote mode against a mock whose test tenant carries
 * DISTINCTIVE fake secrets (API key, access tokens, TOTP secrets, security answers, captcha tokens),
 * with drift on so failures, counterexamples and curl lines are written. Then every file under the
 * reports folder (recursively, the zip inside Playwright's HTML report included) and the captured
 * console are searched for each canary, raw, URL-encoded, base64 (every alignment) and, for the
 * TOTP secrets, lower-cased, plus every OTP derived from the canary TOTP secrets around the run: 0 hits.
 *
 * Scope: this run has drift on, so failures, counterexamples and curl lines are written; it leaves
 * out the tests that wait for real 30 s TOTP steps (SKIPPED_FOR_TIME). Those run, with the same
 * canaries and the same search, in the remote end-to-end test (tests/cli/remoteEndToEnd.test.ts).
 */
import { test, expect } from '@playwright/test';
import { startMock } from '../../mock/startMock.ts';
import { canaryCredentialsEnv, canaryFixture, canaryHits, canaryNeedles } from './canary.ts';
import type { RequestLogEntry } from '../../mock/state/requestLog.ts';
import { reportTexts } from './reportTexts.ts';
import { runContractCli } from './runContractCli.ts';

const TENANT = 'securityquestion';
/** Tests that wait for real TOTP steps (see the scope note above). */
const SKIPPED_FOR_TIME =
  'examples mfaUpdateSetting|examples mfaReAuthenticateByOTP|positive mfaUpdateSetting|positive mfaReAuthenticateByOTP' +
  '|drift against|stateful step-up|stateful lockout';

test('no canary secret, in any encoding, and no derived OTP appears in any report file or the console', async () => {
  test.setTimeout(300_000);
  const fixture = canaryFixture(TENANT);
  // Drift that fails cheap cases (no fresh OTP): every error envelope and every content type is wrong.
  const mock = await startMock({ port: 0, fixture, drift: ['type-changed', 'wrong-content-type'] });
  const started = Date.now();
  let run;
  let entries: RequestLogEntry[] = [];
  try {
    run = await runContractCli(
      {
        LR_BASE_URL: mock.url,
        ...canaryCredentialsEnv(fixture, TENANT),
        LR_MAX_RPS: 'unlimited',
        LR_CONCURRENCY: '4',
        LR_ALLOW_LOCKOUT: '1',
        LR_LOCKOUT_TYPE: 'SecurityQuestion',
        LR_LOCKOUT_BUDGET: '4',
        LR_NUM_RUNS: '10',
        LR_OTP_CASES: '1',
        LR_SEED: '11',
      },
      ['--grep-invert', SKIPPED_FOR_TIME],
    );
    entries = ((await (await fetch(`${mock.url}/__mock/requests`)).json()) as { entries: RequestLogEntry[] }).entries;
  } finally {
    await mock.close().catch(() => undefined);
  }
  const ended = Date.now();

  // The run really used the canaries: the canary tenant was served and valid canary OTPs were accepted.
  expect(mock.state().internalErrors).toBe(0);
  const uid = fixture.users.find((u) => u.tenant === TENANT && u.role === 'positive')!.uid;
  expect(entries.filter((e) => e.tenant === TENANT && e.uid === uid && e.method === 'PUT' && e.status === 200).length).toBeGreaterThan(0);
  expect(run.exitCode, run.output).toBe(1);
  expect(run.report.failures.length).toBeGreaterThan(0);
  expect(run.report.failures.some((f: any) => /curl /.test(f.counterexample?.curl ?? ''))).toBe(true);
  const sent = run.report.totals.casesSent;
  expect(sent).toBeGreaterThan(50);

  const { needles, secrets, otps } = canaryNeedles(started, ended);

  // The search itself works: every raw canary is found in the fixture, every form of a canary in a
  // text that carries it that way, and an OTP inside a JSON body.
  const control = `${JSON.stringify(fixture)} ${secrets.map(([, v]) => `${encodeURIComponent(v)} ${Buffer.from(` ${v}`).toString('base64')}`).join(' ')} {"otp":"${[...otps][0]}"}`;
  const missed = needles.filter(
    (n) => !n.what.includes('OTP') && !n.what.includes('base64+0') && !n.what.includes('base64+2') && !n.pattern.test(control),
  );
  expect(missed.map((n) => n.what)).toEqual([]);
  expect(needles.filter((n) => n.what.includes('OTP')).some((n) => n.pattern.test(control))).toBe(true);

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
  expect(files.some((f) => f.name.startsWith('html/index.html!'))).toBe(true); // the embedded zip was opened
  const hits = canaryHits([...files, { name: 'console output', text: run.output }], needles);
  expect(hits).toEqual([]);
  test.info().annotations.push({
    type: 'searched',
    description:
      `${files.length} files + console, ${needles.length} needles (${otps.size} OTPs), ` +
      `${sent} cases, ${run.report.failures.length} distinct failures, tests: ${run.report.tests.map((t: any) => `${t.title}:${t.casesSent}`).join(', ')}`,
  });
});
