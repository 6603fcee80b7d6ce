/** Runs one stateful flow on one account and returns its record. */
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import type { Flow, FlowContext, LockoutPolicy } from '../../loginradius/flows/flowContext.ts';
import { createFlowRecorder, type FlowRecorder } from '../../loginradius/flows/flowRecorder.ts';
import type { PoolAccount } from '../../loginradius/otp/otpAccountPool.ts';
import type { Harness, LockoutTarget } from '../harness.ts';
import { grepFor } from '../replayCommand.ts';

export async function runFlow(
  harness: Harness,
  title: string,
  testTitle: string,
  flow: Flow,
  account: PoolAccount,
  policy: LockoutPolicy,
  /** Unlocks the account after a lockout flow (harness.lockoutTargets()). */
  restore?: () => Promise<void>,
): Promise<ContractRecord> {
  const { config, checkContext, redactor } = harness;
  const recorder = createFlowRecorder({
    title,
    checkContext,
    enabledChecks: config.checks,
    seed: config.seed,
    // Reports name the account each step was sent as (remote pool accounts only).
    send: (c) => harness.sendAsIs(account.label === '' ? c : { ...c, account: account.label }),
    renderCurl: harness.curl,
    redact: (t) => redactor.text(t),
    replayCommand: () => `npm run contract -- --grep '${grepFor(testTitle)}'`,
  });
  await flow(
    flowContext(harness, { credentials: account.credentials, otp: account.otp, policy, ...(restore ? { restore } : {}) }, recorder),
  );
  return recorder.record();
}

/** A flow's context on an account: on the mock the flow moves only that account's clock (Suspend expiry), never another test's. */
export function flowContext(
  harness: Harness,
  account: Pick<LockoutTarget, 'credentials' | 'otp' | 'policy' | 'restore'>,
  recorder: FlowRecorder,
): FlowContext {
  const clock = harness.clockOf(account.credentials) ?? harness.mock;
  return {
    contract: harness.contract,
    credentials: account.credentials,
    otp: account.otp,
    recorder,
    lockout: account.policy,
    now: clock ? () => clock.now() : harness.now,
    ...(clock ? { mock: { advance: (ms: number) => clock.advance(ms) } } : {}),
    ...(account.restore ? { restore: account.restore } : {}),
  };
}

/** The tenant's lockout policy for the configured type (the flows' expectations). */
export function flowPolicy(harness: Harness): LockoutPolicy {
  const target = harness.lockoutTargets().find((t) => t.policy.type === harness.config.lockoutType);
  return target?.policy ?? { type: harness.config.lockoutType, threshold: 5, suspendSeconds: 900 };
}
