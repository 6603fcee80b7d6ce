/** The suite run inside the Playwright worker: the specs run without the CLI (`npx playwright test`). */
import type { Config } from '../../loginradius/config/config.ts';
import { operationIds } from '../../loginradius/contract/operationIds.ts';
import { createHarness } from '../createHarness.ts';
import { testTimeoutMs } from '../testTimeout.ts';
import { createSuiteRunner } from './suiteRunner.ts';
import type { SuiteSession } from './suiteSession.ts';
import { suiteTests } from './suiteTests.ts';

export interface LocalSuiteOptions {
  /** Start the OTP lane now (the first worker of a whole remote run, LR_PREFETCH_OTP). */
  readonly prefetchOtp: boolean;
}

export async function localSuite(config: Config, options: LocalSuiteOptions): Promise<SuiteSession> {
  const harness = await createHarness(config);
  const runner = createSuiteRunner(harness, suiteTests(operationIds()));
  if (options.prefetchOtp) runner.startOtpLane();
  return {
    outcome: async (title) => (await runner.result(title)).outcome,
    timeoutMs: (title) => testTimeoutMs(config, harness.contract, title),
    close: () => harness.dispose(),
  };
}
