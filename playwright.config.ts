import { defineConfig, type ReporterDescription } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { LOGINRADIUS_SECRET_KEYS } from './loginradius/credentials/secretKeys.ts';
import type { RunnerSettings } from './harness/suite/runnerSettings.ts';
import type { SuiteManifest } from './harness/suite/suiteSession.ts';

// Two projects: `contract` is the suite users run (specs/), `unit` tests the harness itself (tests/).
const onlyUnit = process.argv.some((a, i, all) => a === '--project=unit' || (a === '--project' && all[i + 1] === 'unit'));

// `npm run contract` runs the suite's tests and the mock in its own process and hands the runner
// and its workers a manifest with everything they need: they never load the harness. Playwright
// alone (no manifest) works out the same settings here, starts the mock, and the workers run the tests.
const manifestText = process.env.LR_SUITE_MANIFEST ?? '';
const manifest: SuiteManifest | undefined = manifestText === '' ? undefined : JSON.parse(manifestText);

/** Settings without the CLI; a broken configuration or contract must not crash the config file (the specs name it). */
async function settingsHere(): Promise<RunnerSettings | undefined> {
  const { loadConfig } = await import('./loginradius/config/loadConfig.ts');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch {
    return undefined;
  }
  const minimal = { reportsDir: config.reportsDir, contractTarget: config.target.baseUrl, operationOrder: [], timeoutMs: config.timeoutMs };
  if (onlyUnit) return minimal;
  const { loadContract } = await import('./engine/contract/loadContract.ts');
  const { DEFAULT_CONTRACT_PATH } = await import('./loginradius/contract/defaultContractPath.ts');
  const { runnerSettings } = await import('./harness/suite/runnerSettings.ts');
  const { runTimeoutMs } = await import('./cli/runDeadline.ts');
  try {
    const contract = loadContract(DEFAULT_CONTRACT_PATH);
    // One run deadline, fixed here in the runner like the seed: workers inherit it, so a restarted
    // worker keeps the same one. The transport stops sending at it.
    process.env.LR_RUN_DEADLINE_AT ??= String(Date.now() + runTimeoutMs(config, contract));
    return runnerSettings(config, contract);
  } catch {
    return minimal;
  }
}

// One seed for the whole run: workers inherit the runner's environment, so a random seed chosen
// here is the one every worker (and every restarted worker) uses, and the report prints it.
if (!process.env.LR_SEED && !process.env.LR_REPLAY) process.env.LR_SEED = String(randomInt(1, 2 ** 31 - 1));

const settings = manifest?.runner ?? (await settingsHere());
const reportsDir = settings?.reportsDir ?? 'reports';

// globalTimeout is only a backstop for a test stuck outside the transport (which stops sending at
// the deadline), late enough for every report to be written first.
const deadlineAt = manifest?.deadlineAt ?? Number(process.env.LR_RUN_DEADLINE_AT);
const backstopMs =
  settings && !onlyUnit && Number.isFinite(deadlineAt)
    ? Math.max(1, deadlineAt - Date.now()) + Math.max(60_000, 3 * settings.timeoutMs)
    : 0;

const contractReporters: ReporterDescription[] = [
  ['list'],
  [
    './reporting/contractReporter.ts',
    {
      outputDir: reportsDir,
      secretKeys: LOGINRADIUS_SECRET_KEYS,
      operationOrder: settings?.operationOrder ?? [],
      ...(settings?.coverage ? { coverage: settings.coverage } : {}),
      ...(settings?.minCoverage === undefined ? {} : { minCoverage: settings.minCoverage }),
    },
  ],
  ['html', { outputFolder: `${reportsDir}/html`, open: 'never' }],
  ['junit', { outputFile: `${reportsDir}/junit.xml` }],
  ['json', { outputFile: `${reportsDir}/results.json` }],
];
const unitReporters: ReporterDescription[] = [['list'], ['junit', { outputFile: `${reportsDir}/unit-junit.xml` }]];
const mock = !onlyUnit && !manifest ? settings?.mock : undefined;

export default defineConfig({
  // The unit project's files are independent (each CLI test has its own ports and reports folder):
  // three at a time, because the remote ones mostly wait for TOTP steps on the real clock. Under the CLI's manifest a worker only fetches outcomes, and Playwright
  // starts a new one after every failed test: several at once overlap those restarts. Alone, the
  // worker runs the tests, which share one mock and one test account per role: one worker.
  workers: onlyUnit ? 3 : 1,
  fullyParallel: manifest !== undefined && !onlyUnit,
  reporter: onlyUnit ? unitReporters : contractReporters,
  outputDir: `${reportsDir}/test-results`,
  // Traces would hold request bodies and headers unredacted: keep them off (see README, secrets).
  use: { trace: 'off' },
  metadata: { contractTarget: settings?.contractTarget ?? 'unknown target' },
  ...(onlyUnit || manifest ? {} : { globalSetup: './specs/globalSetup.ts' }),
  ...(backstopMs > 0 ? { globalTimeout: backstopMs } : {}),
  ...(mock
    ? {
        webServer: {
          command: `node cli/launch.mjs mock/main.ts --port ${mock.port}`,
          url: `${mock.baseUrl}/__mock/state`,
          // Ready when the mock says so: polling the url alone backs off (0, 100, 350, 850 ms …).
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
