/**
 * Positive fuzzing: schema-valid requests with valid credentials must be accepted and every
 * response must conform to the contract.
 */
import { positiveCase } from '../generators/index.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { test, expectNoContractFailures } from './fixtures.ts';

for (const operationId of operationIds()) {
  const title = `positive ${operationId}`;
  test(title, async ({ harness }) => {
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
