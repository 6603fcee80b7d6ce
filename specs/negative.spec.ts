/**
 * Negative fuzzing: each case breaks exactly one named rule (missing or bad apikey, token variants,
 * bad OTPs, type violations, malformed bodies...) and must be rejected with a documented error.
 */
import { negativeCase } from '../generators/index.ts';
import { OPERATION_IDS } from '../core/contract/types.ts';
import { test, expectNoContractFailures } from './fixtures.ts';

for (const operationId of OPERATION_IDS) {
  const title = `negative ${operationId}`;
  test(title, async ({ harness }) => {
    const op = harness.contract.operation(operationId);
    const record = await harness.runPhase({
      phase: 'negative', title, operationId, role: 'negative',
      arbitrary: negativeCase(op, harness.generation('negative')),
    });
    expectNoContractFailures(record);
  });
}
