/**
 * The suite's fixture: a thin `test.extend` over `createHarness` (harness/), which wires config,
 * contract, validators, one request context, checks, redaction and the engine. Specs only describe
 * what to run; nothing imports specs/.
 */
import { test as base, expect } from '@playwright/test';
import { CONTRACT_RECORD_ATTACHMENT, type ContractRecord } from '../engine/events/contractRecord.ts';
import { createHarness } from '../harness/createHarness.ts';
import type { Harness } from '../harness/harness.ts';
import { testTimeoutMs } from '../harness/testTimeout.ts';
import { formatConfigError } from '../loginradius/config/configError.ts';
import { loadConfig } from '../loginradius/config/loadConfig.ts';
import { otpSingleUseClosed } from '../loginradius/flows/plannedFlows.ts';
import { prefetchOtpWork, SINGLE_USE_TITLE } from './otpWork.ts';

export type { Harness } from '../harness/harness.ts';
export { grepFor } from '../harness/replayCommand.ts';

function loadConfigOrExplain() {
  try {
    return loadConfig();
  } catch (error) {
    throw new Error(formatConfigError(error));
  }
}

export const test = base.extend<object, { harness: Harness }>({
  harness: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const harness = await createHarness(loadConfigOrExplain(), {
        testTitle: () => base.info().title,
        onRecord: (record) =>
          base.info().attach(CONTRACT_RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' }),
      });
      const { config } = harness;
      // The first worker of a whole remote run starts the OTP work at once (specs/otpWork.ts); a
      // restarted worker does not know which tests already ran, so its jobs run when asked.
      if (config.target.kind === 'remote' && config.prefetchOtp && workerInfo.workerIndex === 0)
        prefetchOtpWork(harness, (title) => title === SINGLE_USE_TITLE && otpSingleUseClosed(config) !== undefined);
      await use(harness);
      await harness.dispose();
    },
    { scope: 'worker' },
  ],
});

/** Fails the test with every distinct error-severity failure, one line each (already redacted). */
export function expectNoContractFailures(record: ContractRecord): void {
  const errors = record.failures.filter((f) => f.failure.severity === 'error');
  const lines = errors.map(
    (f) =>
      `${f.failure.check} on ${f.failure.operationId}: ${f.failure.title} — ${f.failure.message.split('\n')[0]} (x${f.occurrences}); replay: ${f.replay.command}`,
  );
  expect(record.harnessErrors, 'harness errors').toEqual([]);
  expect(lines, `${record.title}: contract failures`).toEqual([]);
  expect(record.casesSent, 'cases sent').toBeGreaterThan(0);
}

/** Attaches records produced outside `runPhase`'s publishing (OTP work, flows) to the running test. */
export async function attachRecords(records: readonly ContractRecord[]): Promise<void> {
  for (const record of records)
    await base.info().attach(CONTRACT_RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' });
}

/** The test's timeout from the plan (its requests, the rate cap, the OTP steps it needs). */
export function timeoutFromPlan(harness: Harness): void {
  base.setTimeout(testTimeoutMs(harness.config, harness.contract, base.info().title));
}

export { expect };
