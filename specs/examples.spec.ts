/**
 * Examples phase: every request example in the document is sent (with the target's credentials and
 * a fresh OTP) and its response judged by every check.
 */
import fc from 'fast-check';
import { exampleCases } from '../generators/index.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { test, expect, expectNoContractFailures } from './fixtures.ts';

for (const operationId of operationIds()) {
  const title = `examples ${operationId}`;
  test(title, async ({ harness }) => {
    const cases = exampleCases(harness.contract.operation(operationId), harness.generation('positive'));
    expect(cases.length).toBeGreaterThan(0);
    for (const [index, example] of cases.entries()) {
      const record = await harness.runPhase({
        phase: 'examples',
        title: `${title} #${index + 1}`,
        operationId,
        role: 'positive',
        arbitrary: fc.constant(example),
        numRuns: 1,
      });
      expectNoContractFailures(record);
    }
  });
}
