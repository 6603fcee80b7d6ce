/**
 * The suite's fixture: a thin `test.extend` over `createHarness` (harness/), which wires config,
 * contract, validators, one request context, checks, redaction and the engine. Specs only describe
 * what to run; nothing imports specs/.
 */
import { test as base, expect } from '@playwright/test';
import { CONTRACT_RECORD_ATTACHMENT, type ContractRecord } from '../engine/events/contractRecord.ts';
import { createHarness } from '../harness/createHarness.ts';
import type { Harness } from '../harness/harness.ts';
import { formatConfigError } from '../loginradius/config/configError.ts';
import { loadConfig } from '../loginradius/config/loadConfig.ts';

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
    async ({}, use) => {
      const harness = await createHarness(loadConfigOrExplain(), {
        testTitle: () => base.info().title,
        onRecord: (record) =>
          base.info().attach(CONTRACT_RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' }),
      });
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

export { expect };
