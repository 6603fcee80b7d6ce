/**
 * Negative fuzzing: each case breaks exactly one named rule (missing or bad apikey, token variants,
 * bad OTPs, type violations, malformed bodies...) and must be rejected with a documented error.
 * Against a real tenant, wrong-OTP cases count towards the account's lockout: they are sent only
 * in the budgeted test below (LR_LOCKOUT_BUDGET), never in the open-ended fuzzing.
 */
import { applicableRules, negativeCase } from '../generators/index.ts';
import { otpVerifyingOperations } from '../loginradius/index.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { splitBudget, wrongOtpBudget } from '../loginradius/config/wrongOtpBudget.ts';
import { test, expectNoContractFailures, timeoutFromPlan } from './fixtures.ts';

for (const operationId of operationIds()) {
  const title = `negative ${operationId}`;
  test(title, async ({ harness }) => {
    timeoutFromPlan(harness);
    const op = harness.contract.operation(operationId);
    const ctx = harness.generation('negative');
    const remote = harness.config.target.kind === 'remote';
    const rules = applicableRules(op, ctx)
      .filter((r) => !(remote && r.sendsWrongOtp === true))
      .map((r) => r.name);
    const record = await harness.runPhase({
      phase: 'negative',
      title,
      operationId,
      role: 'negative',
      arbitrary: negativeCase(op, ctx, { rules }),
    });
    expectNoContractFailures(record);
  });
}

test('negative wrong OTPs within the lockout budget', async ({ harness }) => {
  const { config, contract } = harness;
  // On the mock the open-ended phase above already sends them; here the point is the budget.
  const budget = wrongOtpBudget(config);
  test.skip(budget === 0, 'LR_LOCKOUT_BUDGET=0: no wrong OTP may be sent to this account');
  timeoutFromPlan(harness);
  for (const { operation: operationId, share } of splitBudget(budget, otpVerifyingOperations(contract))) {
    if (share === 0) continue;
    const op = contract.operation(operationId);
    const ctx = harness.generation('negative');
    const rules = applicableRules(op, ctx)
      .filter((r) => r.sendsWrongOtp === true)
      .map((r) => r.name);
    const record = await harness.runPhase({
      phase: 'negative',
      title: `negative wrong OTPs ${operationId}`,
      operationId,
      role: 'negative',
      arbitrary: negativeCase(op, ctx, { rules }),
      numRuns: share,
      maxShrunkFailures: config.target.kind === 'remote' ? 0 : undefined,
    });
    expectNoContractFailures(record);
  }
});
