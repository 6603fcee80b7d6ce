/**
 * The suite's test list: titles are unique, each spec file declares its own in suite order, and
 * every test is known to the plan, so its timeout covers its requests (a test the plan does not
 * know would get the floor only and die on a slow, rate-capped tenant, and --list would not show it).
 */
import { test, expect } from '@playwright/test';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { runPlan } from '../../../harness/runPlan.ts';
import { suiteTests, titlesByFile } from '../../../harness/suite/suiteTests.ts';
import { planRowsOf, testTimeoutMs } from '../../../harness/testTimeout.ts';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { operationIds } from '../../../loginradius/contract/operationIds.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);
const tests = suiteTests(operationIds(contract));
const REMOTE_CREDENTIALS = {
  LR_API_KEY: '5f0d3a1e-0000-4000-8000-00000000c0de',
  LR_ACCESS_TOKEN: '6e1c2b3a-0000-4000-8000-00000000beef',
  LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};

test('titles are unique and grouped by spec file in suite order, spec files in the order Playwright runs them', () => {
  const titles = tests.map((t) => t.title);
  expect(new Set(titles).size).toBe(titles.length);
  const files = tests.map((t) => t.file);
  expect(files).toEqual([...files].sort());
  const byFile = titlesByFile(tests);
  expect(Object.values(byFile).flat()).toEqual(titles);
  expect(byFile.positive).toEqual(operationIds(contract).map((id) => `positive ${id}`));
});

test('every test is known to the plan, so --list, the run deadline and its timeout count its requests', () => {
  for (const env of [{}, { LR_BASE_URL: 'https://staging.example.com', ...REMOTE_CREDENTIALS, LR_ALLOW_LOCKOUT: '1' }]) {
    const config = loadConfig({ env });
    const plan = runPlan(config, contract);
    for (const t of tests) {
      expect(planRowsOf(plan, t.title).length, `${t.title} (${config.target.kind})`).toBeGreaterThan(0);
      expect(testTimeoutMs(config, contract, t.title)).toBeGreaterThanOrEqual(300_000);
    }
  }
});
