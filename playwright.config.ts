import { defineConfig, type ReporterDescription } from '@playwright/test';
import { loadConfig } from './loginradius/config/loadConfig.ts';
import { LOGINRADIUS_SECRET_KEYS } from './loginradius/credentials/secretKeys.ts';
import { operationIds } from './loginradius/contract/operationIds.ts';
import type { Config } from './loginradius/config/config.ts';
import { randomInt } from 'node:crypto';
import { runTimeoutMs } from './cli/runDeadline.ts';
import { loadContract } from './engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from './loginradius/contract/defaultContractPath.ts';
import { loginRadiusCoverage } from './loginradius/coverage/loginRadiusCoverage.ts';
import type { CoverageUniverse } from './engine/coverage/coverageUniverse.ts';

// One seed for the whole run: workers inherit the runner's environment, so a random seed chosen
// here is the one every worker (and every restarted worker) uses, and the report prints it.
if (!process.env.LR_SEED && !process.env.LR_REPLAY) process.env.LR_SEED = String(randomInt(1, 2 ** 31 - 1));

// Two projects: `contract` is the suite users run (specs/), `unit` tests the harness itself (tests/).
// A broken configuration must not crash the config file: specs report it as a clear error instead.
let config: Config | undefined;
try {
  config = loadConfig();
} catch {
  config = undefined;
}
const reportsDir = config?.reportsDir ?? 'reports';
// A malformed contract must not crash the config file either: the suite reports it by name.
let operationOrder: string[] = [];
try {
  operationOrder = operationIds();
} catch {
  operationOrder = [];
}
const onlyUnit = process.argv.some((a, i, all) => a === '--project=unit' || (a === '--project' && all[i + 1] === 'unit'));

// One run deadline, fixed here in the runner like the seed: workers inherit it, so a restarted
// worker keeps the same one. The transport stops sending at it; globalTimeout is only a backstop
// for a test stuck outside the transport, late enough for every report to be written first.
if (config && !onlyUnit && !process.env.LR_RUN_DEADLINE_AT) {
  try {
    process.env.LR_RUN_DEADLINE_AT = String(Date.now() + runTimeoutMs(config, loadContract(DEFAULT_CONTRACT_PATH)));
  } catch {
    // A malformed contract: the suite names it; without a plan there is no deadline to derive.
  }
}
const deadlineAt = Number(process.env.LR_RUN_DEADLINE_AT);
const backstopMs =
  config && !onlyUnit && Number.isFinite(deadlineAt) ? Math.max(1, deadlineAt - Date.now()) + Math.max(60_000, 3 * config.timeoutMs) : 0;

// What the run could verify, with the reasons for what this configuration cannot reach (the report's coverage).
let coverage: CoverageUniverse | undefined;
if (config && !onlyUnit) {
  try {
    coverage = loginRadiusCoverage(config, loadContract(DEFAULT_CONTRACT_PATH));
  } catch {
    coverage = undefined; // a malformed contract: the suite names it
  }
}

const contractReporters: ReporterDescription[] = [
  ['list'],
  [
    './reporting/contractReporter.ts',
    {
      outputDir: reportsDir,
      secretKeys: LOGINRADIUS_SECRET_KEYS,
      operationOrder,
      ...(coverage ? { coverage } : {}),
      ...(config?.minCoverage === undefined ? {} : { minCoverage: config.minCoverage }),
    },
  ],
  ['html', { outputFolder: `${reportsDir}/html`, open: 'never' }],
  ['junit', { outputFile: `${reportsDir}/junit.xml` }],
  ['json', { outputFile: `${reportsDir}/results.json` }],
];
const unitReporters: ReporterDescription[] = [['list'], ['junit', { outputFile: `${reportsDir}/unit-junit.xml` }]];

export default defineConfig({
  // One worker: the phases share one mock clock and one test account per role (see specs/fixtures.ts).
  // The unit project's files are independent (each CLI test has its own ports and reports folder):
  // they run two at a time. The contract suite stays on one worker (see the comment above).
  workers: onlyUnit ? 2 : 1,
  fullyParallel: false,
  reporter: onlyUnit ? unitReporters : contractReporters,
  outputDir: `${reportsDir}/test-results`,
  // Traces would hold request bodies and headers unredacted: keep them off (see README, secrets).
  use: { trace: 'off' },
  metadata: {
    contractTarget: config
      ? config.target.kind === 'mock'
        ? `embedded mock (${config.target.baseUrl})`
        : config.target.baseUrl
      : 'unknown target',
  },
  ...(onlyUnit ? {} : { globalSetup: './specs/globalSetup.ts' }),
  ...(backstopMs > 0 ? { globalTimeout: backstopMs } : {}),
  ...(config?.target.kind === 'mock' && !onlyUnit
    ? {
        webServer: {
          command: `node_modules/.bin/tsx mock/main.ts --port ${config.target.mockPort}`,
          url: `${config.target.baseUrl}/__mock/state`,
          // Ready when the mock says so: polling the url alone backs off (0, 100, 350, 850 ms …) and
          // found a mock that listens after ~400 ms only at 850 ms. The url still detects a running mock.
          wait: { stdout: /mock listening on http/ },
          reuseExistingServer: true,
          timeout: 30_000,
          stdout: 'ignore' as const,
          stderr: 'pipe' as const,
        },
      }
    : {}),
  projects: [
    // The CLI tests run the whole suite in child processes, two or three at a time on two cores.
    { name: 'unit', testDir: './tests', testMatch: '**/*.test.ts', timeout: 300_000 },
    { name: 'contract', testDir: './specs', testMatch: '**/*.spec.ts', timeout: 300_000 },
  ],
});
