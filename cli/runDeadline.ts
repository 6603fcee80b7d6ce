/**
 * The run deadline (LR_RUN_TIMEOUT): explicit, or derived from the plan. The estimate is the planned
 * requests at the pace the run is allowed (LR_MAX_RPS; on the mock, where nothing caps the rate,
 * 200 req/s, well under the ~1,300 cases/s measured, so a busy CI machine still fits), plus one
 * 30 s TOTP step per OTP case against a remote target. The default is twice that plus 300 s for
 * start-up, shrinking and flows on a busy machine: a margin for slow targets that still ends a hung run.
 */
import type { Contract } from '../engine/contract/types.ts';
import type { Config } from '../loginradius/config/config.ts';
import { otpVerifyingOperations } from '../loginradius/otp/verifiesOtp.ts';
import { runPlan } from './runPlan.ts';

const MOCK_PACE_RPS = 200;
const TOTP_STEP_MS = 30_000;
const DEADLINE_MARGIN = 2;
const DEADLINE_SLACK_MS = 300_000;

function estimatedRunMs(config: Config, contract: Contract): number {
  const requests = runPlan(config, contract).reduce((n, r) => n + r.requests, 0);
  const sending = (requests / (config.maxRps ?? MOCK_PACE_RPS)) * 1000;
  // Positive and drift-sample cases of each OTP-verifying operation wait for a fresh step each.
  const otpWaits = config.target.kind === 'remote' ? otpVerifyingOperations(contract).length * config.otpCases * 2 * TOTP_STEP_MS : 0;
  return sending + otpWaits;
}

export function runTimeoutMs(config: Config, contract: Contract): number {
  return config.runTimeoutMs ?? Math.ceil(DEADLINE_MARGIN * estimatedRunMs(config, contract) + DEADLINE_SLACK_MS);
}
