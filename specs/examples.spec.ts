/**
 * Examples phase: every request example in the document is sent (with the target's credentials and
 * a fresh OTP) and its response judged by every check. The OTP operations' examples are OTP work
 * (specs/otpWork.ts): remotely they may already have run while earlier tests were sending.
 */
import fc from 'fast-check';
import { exampleCases } from '../generators/index.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { otpWork, isOtpWork } from './otpWork.ts';
import { test, expect, expectNoContractFailures, attachRecords, timeoutFromPlan } from './fixtures.ts';

for (const operationId of operationIds()) {
  const title = `examples ${operationId}`;
  test(title, async ({ harness }) => {
    timeoutFromPlan(harness);
    if (isOtpWork(harness, title)) {
      const { records, notSent } = await otpWork(harness, title);
      await attachRecords(records);
      if (notSent) test.info().annotations.push({ type: 'not sent', description: notSent });
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expectNoContractFailures(record);
      return;
    }
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
