import { test, expect } from '@playwright/test';
import { runPlan } from '../../harness/runPlan.ts';
import { suiteCoveragePlan } from '../../harness/suite/suiteCoveragePlan.ts';
import { formatPlan } from '../../harness/formatPlan.ts';
import { loadConfig } from '../../loginradius/config/loadConfig.ts';
import { loadContract } from '../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../loginradius/contract/defaultContractPath.ts';
import { runContractCli } from '../cli/runContractCli.ts';
import { testTimeoutMs } from '../../harness/testTimeout.ts';
import { runnerSettings } from '../../harness/suite/runnerSettings.ts';
import { suiteTests } from '../../harness/suite/suiteTests.ts';
import { operationIds } from '../../loginradius/contract/operationIds.ts';

const REMOTE = {
  LR_BASE_URL: 'https://staging.example.com',
  LR_API_KEY: '5f0d3a1e-0000-4000-8000-00000000c0de',
  LR_ACCESS_TOKEN: '6e1c2b3a-0000-4000-8000-00000000beef',
  LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};
const requestsBy = (rows: ReturnType<typeof runPlan>, phase: string, operationId: string) =>
  rows.filter((r) => r.phase === phase && r.operationId === operationId).map((r) => r.requests);

test("remote: positive OTP cases capped by LR_OTP_CASES; wrong OTPs only within the lockout budget, less the flow's two, coverage-first", () => {
  const config = loadConfig({
    env: { ...REMOTE, LR_NUM_RUNS: '50', LR_OTP_CASES: '2', LR_LOCKOUT_THRESHOLD: '10', LR_LOCKOUT_BUDGET: '5' },
  });
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const rows = runPlan(config, contract);
  expect(requestsBy(rows, 'positive', 'mfaReAuthenticate')).toEqual([50]);
  expect(requestsBy(rows, 'positive', 'mfaUpdateSetting')).toEqual([2]);
  expect(requestsBy(rows, 'positive', 'mfaReAuthenticateByOTP')).toEqual([2]);
  // Fuzzing (no wrong OTPs remotely) + the budgeted wrong OTPs: 5 - 2 = 3, spent coverage-first, the rest split.
  const coverageWrong = suiteCoveragePlan(config, contract).wrongOtpCases;
  expect(coverageWrong).toBeGreaterThan(0);
  const budgeted = requestsBy(rows, 'negative', 'mfaUpdateSetting')[1]! + requestsBy(rows, 'negative', 'mfaReAuthenticateByOTP')[1]!;
  expect(coverageWrong + budgeted).toBe(3);
  expect(requestsBy(rows, 'negative', 'mfaUpdateSetting')[0]).toBe(50);
  expect(requestsBy(rows, 'negative', 'mfaReAuthenticate')).toEqual([50]);
  // Remote, an OTP operation's drift sample is its 40 negative cases; its success shape comes from the examples' exchange.
  expect(requestsBy(rows, 'drift', 'mfaUpdateSetting')).toEqual([40]);
  expect(requestsBy(rows, 'examples', 'mfaUpdateSetting')).toEqual([1]);
  const allowed = runPlan(
    loadConfig({ env: { ...REMOTE, LR_LOCKOUT_BUDGET: '5', LR_ALLOW_LOCKOUT: '1' } }),
    loadContract(DEFAULT_CONTRACT_PATH),
  );
  const allowedConfig = loadConfig({ env: { ...REMOTE, LR_LOCKOUT_BUDGET: '5', LR_ALLOW_LOCKOUT: '1' } });
  expect(
    requestsBy(allowed, 'negative', 'mfaUpdateSetting').at(-1)! +
      requestsBy(allowed, 'negative', 'mfaReAuthenticateByOTP').at(-1)! +
      suiteCoveragePlan(allowedConfig, contract).wrongOtpCases,
  ).toBe(5);
});

test('mock: the plan names exactly the requests a clean run sends per phase and operation', async () => {
  const env = { LR_NUM_RUNS: '12', LR_SEED: '3' };
  const rows = runPlan(loadConfig({ env }), loadContract(DEFAULT_CONTRACT_PATH));
  const run = await runContractCli(env);
  expect(run.exitCode, run.output).toBe(0);
  const sent = new Map<string, number>();
  for (const t of run.report.tests as Array<{ phase: string; operationId?: string; casesSent: number }>)
    if (t.operationId) sent.set(`${t.phase} ${t.operationId}`, (sent.get(`${t.phase} ${t.operationId}`) ?? 0) + t.casesSent);
  const planned = new Map<string, number>();
  for (const r of rows)
    if (r.phase !== 'stateful' && r.operationId !== '(flows)')
      planned.set(`${r.phase} ${r.operationId}`, (planned.get(`${r.phase} ${r.operationId}`) ?? 0) + r.requests);
  expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(planned));
  // The flows' row is an upper bound (a lockout flow stops at its tenant's threshold).
  const flows = run.report.tests
    .filter((t: { phase: string }) => t.phase === 'stateful')
    .reduce((n: number, t: { casesSent: number }) => n + t.casesSent, 0);
  expect(flows).toBeLessThanOrEqual(rows.find((r) => r.phase === 'stateful')!.requests);
  const coverageFlows = run.report.tests
    .filter((t: { phase: string; operationId?: string }) => t.phase === 'coverage' && t.operationId === undefined)
    .reduce((n: number, t: { casesSent: number }) => n + t.casesSent, 0);
  expect(coverageFlows).toBeLessThanOrEqual(rows.find((r) => r.phase === 'coverage' && r.operationId === '(flows)')!.requests);
  expect(formatPlan(loadConfig({ env }), rows)).toContain('wrong OTPs');
});

test('remote default plan: 10 codes (2 examples, 4 positive, 4 flows); --list prints both floor terms and the estimate', () => {
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const one = loadConfig({ env: REMOTE });
  const rows = runPlan(one, contract);
  const codes = (phase: string) => rows.filter((r) => r.phase === phase).reduce((n, r) => n + r.codes, 0);
  expect([codes('examples'), codes('positive'), codes('stateful'), codes('drift'), codes('negative')]).toEqual([2, 4, 4, 0, 0]);
  const text = formatPlan(one, rows);
  expect(text).toMatch(
    /Floor: max\(requests ÷ rate cap = 604 ÷ 4 = 151 s, \(codes per account − 1\) × 30 s = \(10 − 1\) × 30 = 270 s\) = 270 s/,
  );
  expect(text).toMatch(/Estimated wall time: ~278 s/);
  const users = JSON.stringify(
    ['JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'KRUGKIDROVUXG2LPNRUGKIDROVUXG2LP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'].map((totpSecret, i) => ({
      accessToken: `token-${i}`,
      totpSecret,
    })),
  );
  const three = loadConfig({ env: { LR_BASE_URL: REMOTE.LR_BASE_URL, LR_API_KEY: REMOTE.LR_API_KEY, LR_TEST_USERS: users } });
  expect(formatPlan(three, runPlan(three, contract))).toMatch(/\(4 − 1\) × 30 = 90 s\) = 151 s/);
});

test('the plan, the test timeouts and the runner settings do not depend on the run deadline (npm run contract computes them before it is set)', () => {
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  for (const env of [{ LR_NUM_RUNS: '12' }, { ...REMOTE, LR_MAX_RPS: '2' }]) {
    const config = loadConfig({ env });
    const withDeadline = { ...config, runDeadlineAt: Date.now() + 60_000 };
    expect(runPlan(withDeadline, contract)).toEqual(runPlan(config, contract));
    for (const t of suiteTests(operationIds(contract)))
      expect(testTimeoutMs(withDeadline, contract, t.title), t.title).toBe(testTimeoutMs(config, contract, t.title));
    expect(runnerSettings(withDeadline, contract)).toEqual(runnerSettings(config, contract));
  }
});
