/**
 * `negative <operation>`: each case breaks exactly one named rule and must be rejected with a
 * documented error. Against a real tenant a wrong OTP counts towards the account's lockout: those
 * rules run only in `negative wrong OTPs within the lockout budget` (LR_LOCKOUT_BUDGET).
 */
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import { applicableRules, negativeCase } from '../../generators/index.ts';
import { splitBudget, wrongOtpBudget } from '../../loginradius/config/wrongOtpBudget.ts';
import { otpVerifyingOperations, verifiesOtp } from '../../loginradius/otp/verifiesOtp.ts';
import type { Harness } from '../harness.ts';
import { COVERAGE_TITLE } from './coverageTest.ts';
import { suiteCoveragePlan } from './suiteCoveragePlan.ts';
import { operationTest } from './operationTest.ts';
import type { AccountUse, SuiteTest } from './suiteTest.ts';
import { skippedVerdict, verdictOf } from './suiteVerdict.ts';

const WRONG_OTPS_TITLE = 'negative wrong OTPs within the lockout budget';

const never = () => false;

/** On the mock an OTP operation's negative cases include wrong codes, which may lock the negative account. */
const negativeUse =
  (operationId: string) =>
  (harness: Harness): readonly AccountUse[] => [
    {
      account: 'negative',
      mode:
        harness.config.target.kind === 'mock' && verifiesOtp(harness.contract.operation(operationId), harness.contract) ? 'spoil' : 'read',
    },
  ];

export function negativeTest(operationId: string): SuiteTest {
  return operationTest('negative', operationId, { spendsOtp: never, accounts: negativeUse(operationId) }, async (title, { harness }) => {
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
      replayIn: { phase: 'negative', testTitle: title },
    });
    return { outcome: { records: [record], annotations: [], verdict: verdictOf([record]) }, exchanges: [] };
  });
}

/** The wrong-OTP rules, split over the OTP operations, within the budget (on the mock: LR_NUM_RUNS). */
export function wrongOtpsTest(): SuiteTest {
  return {
    file: 'negative',
    title: WRONG_OTPS_TITLE,
    spendsOtp: never,
    accounts: () => [{ account: 'negative', mode: 'spoil' }],
    async run({ harness, hasStarted }) {
      const { config, contract } = harness;
      // Remotely the coverage-first test, when this run has it, has spent its share of the lockout budget.
      const spent =
        config.target.kind === 'remote' && hasStarted(COVERAGE_TITLE) ? suiteCoveragePlan(config, contract, harness).wrongOtpCases : 0;
      const budget = wrongOtpBudget(config) - spent;
      if (budget === 0)
        return {
          outcome: {
            records: [],
            annotations: [],
            skip: 'LR_LOCKOUT_BUDGET=0: no wrong OTP may be sent to this account',
            verdict: skippedVerdict,
          },
          exchanges: [],
        };
      const records: ContractRecord[] = [];
      for (const { operation: operationId, share } of splitBudget(budget, otpVerifyingOperations(contract))) {
        if (share === 0) continue;
        const op = contract.operation(operationId);
        const ctx = harness.generation('negative');
        const rules = applicableRules(op, ctx)
          .filter((r) => r.sendsWrongOtp === true)
          .map((r) => r.name);
        records.push(
          await harness.runPhase({
            phase: 'negative',
            title: `negative wrong OTPs ${operationId}`,
            operationId,
            role: 'negative',
            arbitrary: negativeCase(op, ctx, { rules }),
            numRuns: share,
            maxShrunkFailures: config.target.kind === 'remote' ? 0 : undefined,
            replayIn: { phase: 'negative', testTitle: WRONG_OTPS_TITLE },
          }),
        );
      }
      return { outcome: { records, annotations: [], verdict: verdictOf(records) }, exchanges: [] };
    },
  };
}
