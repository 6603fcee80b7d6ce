/**
 * The run deadline (LR_RUN_TIMEOUT): explicit, or derived from the plan. The estimate here is an
 * upper bound that does not count on overlap: the planned requests at the pace the run is allowed
 * plus every account's TOTP steps one after another (a run limited with --grep does not prefetch
 * codes). The default is twice that plus 300 s for start-up, shrinking and flows: a margin for slow
 * targets that still ends a hung run.
 */
import type { Contract } from '../engine/contract/types.ts';
import type { Config } from '../loginradius/config/config.ts';
import { estimatePlan, TOTP_STEP_MS } from '../harness/planEstimate.ts';
import { runPlan } from '../harness/runPlan.ts';

const DEADLINE_MARGIN = 2;
const DEADLINE_SLACK_MS = 300_000;

function estimatedRunMs(config: Config, contract: Contract): number {
  const e = estimatePlan(config, runPlan(config, contract));
  return e.sendingMs + (config.target.kind === 'remote' ? e.codesPerAccount * TOTP_STEP_MS : 0);
}

export function runTimeoutMs(config: Config, contract: Contract): number {
  return config.runTimeoutMs ?? Math.ceil(DEADLINE_MARGIN * estimatedRunMs(config, contract) + DEADLINE_SLACK_MS);
}
