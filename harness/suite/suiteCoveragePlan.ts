/** The suite's coverage-first plan (the coverage test runs it; the plan, --list and the wrong-OTP budget count it). */
import type { Contract } from '../../engine/contract/types.ts';
import type { Config } from '../../loginradius/config/config.ts';
import { coverageFirstPlan, type CoverageFirstPlan } from '../../loginradius/coverage/coverageFirstPlan.ts';
import { loginRadiusGenerationContext } from '../../loginradius/generators/loginRadiusGeneration.ts';
import type { Harness } from '../harness.ts';

/**
 * The suite's plan: remotely without TOTP codes or flows (the later tests spend those); on the mock
 * with the flows only under a request budget (LR_REQUEST_BUDGET), where they must come first — else
 * the flow tests run them anyway.
 */
export function suiteCoveragePlan(config: Config, contract: Contract, generation?: Pick<Harness, 'generation'>): CoverageFirstPlan {
  const now = () => Date.now();
  const remote = config.target.kind === 'remote';
  return coverageFirstPlan({
    contract,
    config,
    generation: generation
      ? { positive: generation.generation('positive'), negative: generation.generation('negative') }
      : {
          positive: loginRadiusGenerationContext(contract, config.credentials.positive, now),
          negative: loginRadiusGenerationContext(contract, config.credentials.negative, now),
        },
    ...(remote ? { otpPositives: 0 } : {}),
    flows: !remote && config.requestBudget !== undefined,
  });
}
