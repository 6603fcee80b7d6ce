/**
 * The engine side of `npm run contract`: the suite's tests run in this process, on one harness,
 * while Playwright boots; its workers only ask for each test's outcome (harness/suite/suiteServer.ts).
 * A whole run, or one narrowed by --grep, starts its tests at once (in suite order; remotely the
 * OTP lane beside it); a run narrowed otherwise (a file filter, --shard...) runs a test when a
 * worker asks for it (cli/predictedSelection.ts).
 * On the mock, the mock starts here too. What Playwright needs is in `env` (LR_SUITE_MANIFEST).
 */
import { loadContract } from '../engine/contract/loadContract.ts';
import type { Config } from '../loginradius/config/config.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { loginRadiusRedactor } from '../loginradius/credentials/loginRadiusRedactor.ts';
import { createHarness } from '../harness/createHarness.ts';
import type { Harness } from '../harness/harness.ts';
import { createSuiteRunner, type SuiteRunner } from '../harness/suite/suiteRunner.ts';
import { startSuiteServer } from '../harness/suite/suiteServer.ts';
import type { SuiteManifest } from '../harness/suite/suiteSession.ts';
import { suiteTests, titlesByFile } from '../harness/suite/suiteTests.ts';
import { testTimeoutMs } from '../harness/testTimeout.ts';
import { runnerSettings } from '../harness/suite/runnerSettings.ts';
import { startEmbeddedMock, type EmbeddedMock } from './embeddedMock.ts';
import { predictedSelection } from './predictedSelection.ts';
import { runTimeoutMs } from './runDeadline.ts';

export interface RunningSuite {
  /** Variables for the Playwright child: the manifest and the run deadline. */
  readonly env: Record<string, string>;
  /** After Playwright exits: closes the harness, the mock this run started and the endpoint. */
  close(): Promise<void>;
}

export interface StartSuiteOptions {
  /** The arguments after `playwright test`: when they tell which tests run, those start now. */
  readonly playwrightArgs: readonly string[];
}

export async function startSuite(config: Config, env: NodeJS.ProcessEnv, options: StartSuiteOptions): Promise<RunningSuite> {
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const tests = suiteTests(operationIds(contract));
  const deadlineAt = config.runDeadlineAt ?? Date.now() + runTimeoutMs(config, contract);
  const runConfig: Config = { ...config, runDeadlineAt: deadlineAt };

  let redact = loginRadiusRedactor({ secrets: config.secrets }).text;
  let harness: Harness | undefined;
  let mock: EmbeddedMock | undefined;
  const boot = (async (): Promise<SuiteRunner> => {
    // The mock boots in its own process while this one loads the harness.
    const mockStarting =
      config.target.kind === 'mock' ? startEmbeddedMock(config.target.baseUrl, config.target.mockPort ?? 4010, env) : undefined;
    mockStarting?.catch(() => undefined);
    // The harness loads Playwright's client synchronously (half a second): only once this function
    // has returned and the caller has started Playwright's runner, so both boot at once.
    await new Promise((resolve) => setImmediate(resolve));
    harness = await createHarness(runConfig);
    mock = await mockStarting;
    const h = harness;
    redact = (text) => h.redactor.text(text);
    const runner = createSuiteRunner(harness, tests);
    const selection = predictedSelection(options.playwrightArgs, tests);
    if (selection) runner.startAll(selection);
    return runner;
  })();
  boot.catch(() => undefined); // each test reports it

  const server = await startSuiteServer({
    outcome: async (title) => (await (await boot).result(title)).outcome,
    redact: (text) => redact(text),
  });
  const manifest: SuiteManifest = {
    url: server.url,
    token: server.token,
    titles: titlesByFile(tests),
    // The loaded config, not runConfig: neither depends on the deadline, and the plan is memoised per config.
    timeoutsMs: Object.fromEntries(tests.map((t) => [t.title, testTimeoutMs(config, contract, t.title)])),
    deadlineAt,
    runner: runnerSettings(config, contract),
  };
  return {
    env: { LR_SUITE_MANIFEST: JSON.stringify(manifest), LR_RUN_DEADLINE_AT: String(deadlineAt) },
    async close() {
      await boot.catch(() => undefined);
      await harness?.dispose();
      mock?.stop();
      await server.close();
    },
  };
}
