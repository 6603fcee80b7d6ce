/**
 * Stateful flows, each its own test: the step-up happy path, OTP single use and expiry, and the
 * full lockout cycle for the tenant's lockout type (on the mock: every lockout type). The first two
 * are OTP work (specs/otpWork.ts): remotely each runs on the pool account whose codes come soonest.
 * Each flow leaves its account as it found it.
 */
import { lockoutFlow } from '../loginradius/flows/lockoutFlow.ts';
import { lockoutFlowTitle, otpSingleUseClosed } from '../loginradius/flows/plannedFlows.ts';
import { LOCKOUT_TYPES } from '../mock/fixtures/fixtureTypes.ts';
import { otpWork, SINGLE_USE_TITLE, STEP_UP_TITLE } from './otpWork.ts';
import { runFlow } from './runFlow.ts';
import { test, expect, expectNoContractFailures, attachRecords, timeoutFromPlan } from './fixtures.ts';

// Not serial: a failed flow must not hide the others (they still run in order, one worker).

test(STEP_UP_TITLE, async ({ harness }) => {
  timeoutFromPlan(harness);
  const { records } = await otpWork(harness, STEP_UP_TITLE);
  await attachRecords(records);
  for (const record of records) expectNoContractFailures(record);
});

test(SINGLE_USE_TITLE, async ({ harness }) => {
  const { config } = harness;
  test.skip(
    otpSingleUseClosed(config) !== undefined,
    'this flow sends 2 refused OTPs (reused, expired), counted against LR_LOCKOUT_BUDGET, which is below 2',
  );
  timeoutFromPlan(harness);
  const { records } = await otpWork(harness, SINGLE_USE_TITLE);
  await attachRecords(records);
  for (const record of records) expectNoContractFailures(record);
});

for (const type of LOCKOUT_TYPES) {
  test(`stateful lockout ${type}: wrong OTPs lock, unlock path, counter reset`, async ({ harness }) => {
    const target = harness.lockoutTargets().find((t) => t.policy.type === type);
    test.skip(!target, `the tenant's lockout type is ${harness.config.lockoutType} (LR_LOCKOUT_TYPE); only that lockout flow can run here`);
    test.skip(
      harness.config.target.kind === 'remote' && !harness.config.allowLockout,
      'lockout flows lock a real account: set LR_ALLOW_LOCKOUT=1 to run them against this tenant',
    );
    expect(target).toBeDefined();
    timeoutFromPlan(harness);
    const account = { label: '', credentials: target!.credentials, otp: target!.otp };
    const record = await runFlow(harness, lockoutFlowTitle(type), test.info().title, lockoutFlow, account, target!.policy, target!.restore);
    await attachRecords([record]);
    expectNoContractFailures(record);
  });
}
