/**
 * Stateful flows, each its own test: the step-up happy path, OTP single use and expiry, and the
 * full lockout cycle for the tenant's lockout type (on the mock: every lockout type).
 * They run in order on the flow account, which each flow leaves as it found it.
 */
import { createFlowRecorder } from '../loginradius/flows/flowRecorder.ts';
import type { Flow, LockoutPolicy } from '../loginradius/flows/flowContext.ts';
import { lockoutFlow } from '../loginradius/flows/lockoutFlow.ts';
import { otpSingleUseFlow } from '../loginradius/flows/otpSingleUseFlow.ts';
import { stepUpFlow } from '../loginradius/flows/stepUpFlow.ts';
import { lockoutFlowTitle, OTP_SINGLE_USE_FLOW, STEP_UP_FLOW } from '../loginradius/flows/plannedFlows.ts';
import type { FreshOtpSource } from '../loginradius/otp/freshOtpSource.ts';
import type { TargetCredentials } from '../loginradius/credentials/credentials.ts';
import { CONTRACT_RECORD_ATTACHMENT } from '../engine/events/contractRecord.ts';
import { test, expect, expectNoContractFailures, grepFor, type Harness } from './fixtures.ts';
import { LOCKOUT_TYPES } from '../mock/fixtures/fixtureTypes.ts';

// Not serial: a failed flow must not hide the others (they still run in order, one worker).

interface Account {
  readonly credentials: TargetCredentials;
  readonly otp: FreshOtpSource;
  readonly policy: LockoutPolicy;
  readonly restore?: () => Promise<void>;
}

async function runFlow(harness: Harness, title: string, flow: Flow, account: Account): Promise<void> {
  const { config, contract, checkContext, redactor, mock } = harness;
  const recorder = createFlowRecorder({
    title,
    checkContext,
    enabledChecks: config.checks,
    seed: config.seed,
    send: harness.sendAsIs,
    renderCurl: harness.curl,
    redact: (t) => redactor.text(t),
    replayCommand: () => `npm run contract -- --grep '${grepFor(test.info().title)}'`,
  });
  await flow({
    contract,
    credentials: account.credentials,
    otp: account.otp,
    recorder,
    lockout: account.policy,
    now: harness.now,
    ...(mock ? { mock } : {}),
    ...(account.restore ? { restore: account.restore } : {}),
  });
  const record = recorder.record();
  await test.info().attach(CONTRACT_RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' });
  expectNoContractFailures(record);
}

function flowAccount(harness: Harness): Account {
  const target = harness.lockoutTargets().find((t) => t.policy.type === harness.config.lockoutType);
  const policy = target?.policy ?? { type: harness.config.lockoutType, threshold: 5, suspendSeconds: 900 };
  return { credentials: harness.credentials('flow'), otp: harness.otp('flow'), policy };
}

test('stateful step-up: trigger, valid OTP, step-up token and profile', async ({ harness }) => {
  await runFlow(harness, STEP_UP_FLOW, stepUpFlow, flowAccount(harness));
});

test('stateful OTP single use and expiry: reused → 1068, earlier step → 1069', async ({ harness }) => {
  const { config } = harness;
  test.skip(
    config.target.kind === 'remote' && !config.allowLockout && config.lockoutBudget < 2,
    'this flow sends 2 refused OTPs (reused, expired), counted against LR_LOCKOUT_BUDGET, which is below 2',
  );
  await runFlow(harness, OTP_SINGLE_USE_FLOW, otpSingleUseFlow, flowAccount(harness));
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
    await runFlow(harness, lockoutFlowTitle(type), lockoutFlow, target!);
  });
}
