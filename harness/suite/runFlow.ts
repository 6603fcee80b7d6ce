/** Runs one stateful flow on one account and returns its record. */
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import type { Flow, LockoutPolicy } from '../../loginradius/flows/flowContext.ts';
import { createFlowRecorder } from '../../loginradius/flows/flowRecorder.ts';
import type { PoolAccount } from '../../loginradius/otp/otpAccountPool.ts';
import type { Harness } from '../harness.ts';
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
  const { config, contract, checkContext, redactor, mock } = harness;
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
  // On the mock a flow moves only its own account's clock (Suspend expiry), never another test's.
  const clock = harness.clockOf(account.credentials) ?? mock;
  await flow({
    contract,
    credentials: account.credentials,
    otp: account.otp,
    recorder,
    lockout: policy,
    now: clock ? () => clock.now() : harness.now,
    ...(clock ? { mock: { advance: (ms: number) => clock.advance(ms) } } : {}),
    ...(restore ? { restore } : {}),
  });
  return recorder.record();
}

/** The tenant's lockout policy for the configured type (the flows' expectations). */
export function flowPolicy(harness: Harness): LockoutPolicy {
  const target = harness.lockoutTargets().find((t) => t.policy.type === harness.config.lockoutType);
  return target?.policy ?? { type: harness.config.lockoutType, threshold: 5, suspendSeconds: 900 };
}
