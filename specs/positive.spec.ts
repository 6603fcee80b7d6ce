/**
 * Positive fuzzing: schema-valid requests with valid credentials must be accepted and every
 * response must conform to the contract. The OTP operations' cases are OTP work (specs/otpWork.ts).
 */
import { positiveCase } from '../generators/index.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { isOtpWork, otpWork } from './otpWork.ts';
import { test, expectNoContractFailures, attachRecords, timeoutFromPlan } from './fixtures.ts';

for (const operationId of operationIds()) {
  const title = `positive ${operationId}`;
  test(title, async ({ harness }) => {
    timeoutFromPlan(harness);
    if (isOtpWork(harness, title)) {
      const { records } = await otpWork(harness, title);
      await attachRecords(records);
      for (const record of records) expectNoContractFailures(record);
      return;
    }
    const op = harness.contract.operation(operationId);
    const record = await harness.runPhase({
      phase: 'positive',
      title,
      operationId,
      role: 'positive',
      arbitrary: positiveCase(op, harness.generation('positive')),
    });
    expectNoContractFailures(record);
  });
}
