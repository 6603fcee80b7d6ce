/**
 * The contract suite: every test in the order Playwright runs them (spec files by name, then
 * declaration order). Titles depend only on the contract's operations and the lockout types, so a
 * process that only lists or reports tests never needs a harness.
 */
import { LOCKOUT_TYPES } from '../../mock/fixtures/fixtureTypes.ts';
import { coverageCasesTest, coverageFlowsTest } from './coverageTest.ts';
import { driftTest } from './driftTest.ts';
import { examplesTest } from './exampleTests.ts';
import { lockoutTest, singleUseTest, stepUpTest } from './flowTests.ts';
import { negativeTest, wrongOtpsTest } from './negativeTests.ts';
import { positiveTest } from './positiveTests.ts';
import type { SpecFile, SuiteTest } from './suiteTest.ts';

export function suiteTests(operationIds: readonly string[]): SuiteTest[] {
  return [
    coverageCasesTest(),
    coverageFlowsTest(),
    driftTest(),
    ...operationIds.map(examplesTest),
    stepUpTest(),
    singleUseTest(),
    ...LOCKOUT_TYPES.map(lockoutTest),
    ...operationIds.map(negativeTest),
    wrongOtpsTest(),
    ...operationIds.map(positiveTest),
  ];
}

/** The titles each spec file declares, in order. */
export function titlesByFile(tests: readonly SuiteTest[]): Record<SpecFile, string[]> {
  const byFile: Record<SpecFile, string[]> = { coverage: [], drift: [], examples: [], flows: [], negative: [], positive: [] };
  for (const t of tests) byFile[t.file].push(t.title);
  return byFile;
}
