/**
 * Negative fuzzing: each case breaks exactly one named rule (missing or bad apikey, token variants,
 * bad OTPs, type violations, malformed bodies...) and must be rejected with a documented error.
 * Against a real tenant, wrong-OTP cases count towards the account's lockout: they are sent only
 * in the budgeted test below (LR_LOCKOUT_BUDGET), never in the open-ended fuzzing.
 */
import { applicableRules, negativeCase, OTP_VALUE_RULES } from '../generators/index.ts';
import { OPERATION_IDS, type OperationId } from '../core/contract/types.ts';
import { test, expectNoContractFailures } from './fixtures.ts';

const otpRule = (name: string) => (OTP_VALUE_RULES as readonly string[]).includes(name);

for (const operationId of OPERATION_IDS) {
  const title = `negative ${operationId}`;
  test(title, async ({ harness }) => {
    const op = harness.contract.operation(operationId);
    const ctx = harness.generation('negative');
    const remote = harness.config.target.kind === 'remote';
    const rules = applicableRules(op, ctx).map((r) => r.name).filter((name) => !(remote && otpRule(name)));
    const record = await harness.runPhase({
      phase: 'negative', title, operationId, role: 'negative', arbitrary: negativeCase(op, ctx, { rules }),
    });
    expectNoContractFailures(record);
  });
}

test('negative wrong OTPs within the lockout budget', async ({ harness }) => {
  const { config, contract } = harness;
  const otpOperations = OPERATION_IDS.filter((id) => contract.operation(id).requestBody !== undefined) as OperationId[];
  // On the mock the open-ended phase above already sends them; here the point is the budget.
  // The OTP single-use flow spends 2 of the budget (a reused and an expired code) when it runs.
  const flowShare = config.lockoutBudget >= 2 ? 2 : 0;
  const budget = config.target.kind === 'remote' ? (config.allowLockout ? config.lockoutBudget : config.lockoutBudget - flowShare) : config.numRuns;
  test.skip(budget === 0, 'LR_LOCKOUT_BUDGET=0: no wrong OTP may be sent to this account');
  for (const [index, operationId] of otpOperations.entries()) {
    const share = Math.floor(budget / otpOperations.length) + (index < budget % otpOperations.length ? 1 : 0);
    if (share === 0) continue;
    const op = contract.operation(operationId);
    const ctx = harness.generation('negative');
    const rules = applicableRules(op, ctx).map((r) => r.name).filter(otpRule);
    const record = await harness.runPhase({
      phase: 'negative', title: `negative wrong OTPs ${operationId}`, operationId, role: 'negative',
      arbitrary: negativeCase(op, ctx, { rules }), numRuns: share, maxShrunkFailures: config.target.kind === 'remote' ? 0 : undefined,
    });
    expectNoContractFailures(record);
  }
});
