/**
 * The stateful flows, each its own test: the step-up happy path, OTP single use and expiry, and the
 * full lockout cycle per lockout type (on the mock: every type; remotely the tenant's, with
 * LR_ALLOW_LOCKOUT=1). Each flow leaves its account as it found it.
 */
import type { Flow } from '../../loginradius/flows/flowContext.ts';
import { lockoutFlow } from '../../loginradius/flows/lockoutFlow.ts';
import { otpSingleUseFlow } from '../../loginradius/flows/otpSingleUseFlow.ts';
import { lockoutFlowTitle, OTP_SINGLE_USE_FLOW, otpSingleUseClosed, STEP_UP_FLOW } from '../../loginradius/flows/plannedFlows.ts';
import { stepUpFlow } from '../../loginradius/flows/stepUpFlow.ts';
import type { LockoutType } from '../../mock/fixtures/fixtureTypes.ts';
import type { Harness } from '../harness.ts';
import { FLOW_CODES } from '../runPlan.ts';
import { flowPolicy, runFlow } from './runFlow.ts';
import { flowAccount } from './accountUses.ts';
import type { AccountUse, SuiteJobResult, SuiteTest } from './suiteTest.ts';
import { skippedVerdict, verdictOf } from './suiteVerdict.ts';

const STEP_UP_TITLE = 'stateful step-up: trigger, valid OTP, step-up token and profile';
const SINGLE_USE_TITLE = 'stateful OTP single use and expiry: reused → 1068, earlier step → 1069';
const lockoutTestTitle = (type: LockoutType): string => `stateful lockout ${type}: wrong OTPs lock, unlock path, counter reset`;

const skipped = (reason: string): SuiteJobResult => ({
  outcome: { records: [], annotations: [], skip: reason, verdict: skippedVerdict },
  exchanges: [],
});

const always = () => true;

/** The tenant's own flow account (the step-up, OTP single-use and its lockout flow share it). */
const ownFlowAccount = (harness: Harness): readonly AccountUse[] => [
  { account: flowAccount(harness.config.lockoutType), mode: 'exclusive' },
];

function otpFlowTest(title: string, name: string, flow: Flow, codes: number, closed: (harness: Harness) => string | undefined): SuiteTest {
  return {
    file: 'flows',
    title,
    spendsOtp: always,
    accounts: ownFlowAccount,
    oneRequestAtATime: true,
    async run({ harness }) {
      const reason = closed(harness);
      if (reason !== undefined) return skipped(reason);
      const record = await runFlow(harness, name, title, flow, harness.account('flow', codes), flowPolicy(harness));
      return { outcome: { records: [record], annotations: [], verdict: verdictOf([record]) }, exchanges: [] };
    },
  };
}

export const stepUpTest = (): SuiteTest => otpFlowTest(STEP_UP_TITLE, STEP_UP_FLOW, stepUpFlow, FLOW_CODES.stepUp, () => undefined);

export const singleUseTest = (): SuiteTest =>
  otpFlowTest(SINGLE_USE_TITLE, OTP_SINGLE_USE_FLOW, otpSingleUseFlow, FLOW_CODES.singleUse, (harness) =>
    otpSingleUseClosed(harness.config) === undefined
      ? undefined
      : 'this flow sends 2 refused OTPs (reused, expired), counted against LR_LOCKOUT_BUDGET, which is below 2',
  );

export function lockoutTest(type: LockoutType): SuiteTest {
  const title = lockoutTestTitle(type);
  return {
    file: 'flows',
    title,
    // Its codes come from its own lockout account, never from the pool the OTP lane schedules.
    spendsOtp: () => false,
    accounts: () => [{ account: flowAccount(type), mode: 'exclusive' }],
    oneRequestAtATime: true,
    async run({ harness }) {
      const target = harness.lockoutTargets().find((t) => t.policy.type === type);
      if (!target)
        return skipped(`the tenant's lockout type is ${harness.config.lockoutType} (LR_LOCKOUT_TYPE); only that lockout flow can run here`);
      if (harness.config.target.kind === 'remote' && !harness.config.allowLockout)
        return skipped('lockout flows lock a real account: set LR_ALLOW_LOCKOUT=1 to run them against this tenant');
      const account = { label: '', credentials: target.credentials, otp: target.otp };
      const record = await runFlow(harness, lockoutFlowTitle(type), title, lockoutFlow, account, target.policy, target.restore);
      return { outcome: { records: [record], annotations: [], verdict: verdictOf([record]) }, exchanges: [] };
    },
  };
}
