/**
 * The suite's fixture and its one test body. The tests themselves are the harness's
 * (harness/suite/): `npm run contract` runs them in its own process and the workers ask it for
 * each outcome (LR_SUITE_MANIFEST); `npx playwright test` alone runs them in the worker. Either way
 * a spec only declares its file's tests (`titles`) and reports their outcomes. Nothing imports specs/.
 */
import { test as base, expect } from '@playwright/test';
import { CONTRACT_RECORD_ATTACHMENT } from '../engine/events/contractRecord.ts';
import type { SuiteManifest, SuiteSession } from '../harness/suite/suiteSession.ts';
import type { SpecFile } from '../harness/suite/suiteTest.ts';
import { suiteClient } from '../harness/suite/suiteClient.ts';

const manifestText = process.env['LR_SUITE_MANIFEST'];
const manifest: SuiteManifest | undefined = manifestText === undefined || manifestText === '' ? undefined : JSON.parse(manifestText);

/** Titles per spec file: from the CLI's manifest, or from the contract when the specs run alone. */
async function suiteTitles(): Promise<Readonly<Record<SpecFile, readonly string[]>>> {
  if (manifest) return manifest.titles;
  const { suiteTests, titlesByFile } = await import('../harness/suite/suiteTests.ts');
  const { operationIds } = await import('../loginradius/contract/operationIds.ts');
  return titlesByFile(suiteTests(operationIds()));
}

async function openSession(workerIndex: number): Promise<SuiteSession> {
  if (manifest) return suiteClient(manifest);
  const { loadConfig } = await import('../loginradius/config/loadConfig.ts');
  const { formatConfigError } = await import('../loginradius/config/configError.ts');
  const { localSuite } = await import('../harness/suite/localSuite.ts');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    throw new Error(formatConfigError(error));
  }
  // The first worker of a whole remote run starts the OTP work at once; a restarted worker does
  // not know which tests already ran, so its tests run when asked.
  return localSuite(config, { prefetchOtp: config.target.kind === 'remote' && config.prefetchOtp && workerIndex === 0 });
}

const test = base.extend<object, { suite: SuiteSession }>({
  suite: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const session = await openSession(workerInfo.workerIndex);
      await use(session);
      await session.close();
    },
    { scope: 'worker' },
  ],
});

/** Titles per spec file, in order. */
export const titles = await suiteTitles();

/** A test's body: reports its outcome and fails on any harness error, contract failure or empty run. */
export function reportOutcome(title: string) {
  return async ({ suite }: { suite: SuiteSession }): Promise<void> => {
    test.setTimeout(suite.timeoutMs(title));
    const outcome = await suite.outcome(title);
    for (const record of outcome.records)
      await test.info().attach(CONTRACT_RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' });
    for (const annotation of outcome.annotations) test.info().annotations.push(annotation);
    test.skip(outcome.skip !== undefined, outcome.skip);
    const { verdict } = outcome;
    expect(verdict.harnessErrors, 'harness errors').toEqual([]);
    expect(verdict.failures, `${title}: contract failures`).toEqual([]);
    expect(verdict.sent, 'cases sent').toBeGreaterThan(0);
  };
}

export { test };
