/**
 * The coverage universe of a LoginRadius run: every documented response with why it cannot be
 * reached here, every negative rule the negative phase draws from per operation, every document
 * example, every stateful flow. The reporter folds the records' observations into it.
 */
import type { CoverageUniverse } from '../../engine/coverage/coverageUniverse.ts';
import { documentedResponses } from '../../engine/coverage/documentedResponses.ts';
import type { Contract } from '../../engine/contract/types.ts';
import { applicableRules, exampleCases } from '../../generators/index.ts';
import type { Config } from '../config/config.ts';
import { wrongOtpBudget } from '../config/wrongOtpBudget.ts';
import { plannedFlows } from '../flows/plannedFlows.ts';
import { loginRadiusGenerationContext } from '../generators/loginRadiusGeneration.ts';
import { responseReachability } from './responseReachability.ts';

const reachability = (reason: string | undefined) => (reason === undefined ? {} : { unreachable: reason });

export function loginRadiusCoverage(config: Config, contract: Contract): CoverageUniverse {
  const now = () => Date.now();
  const negative = loginRadiusGenerationContext(contract, config.credentials.negative, now);
  const positive = loginRadiusGenerationContext(contract, config.credentials.positive, now);
  // Wrong-OTP rules reach a real tenant only in the budgeted test (specs/negative.spec.ts).
  const noWrongOtp = wrongOtpBudget(config) === 0 ? 'no refused OTP may be sent: LR_LOCKOUT_BUDGET leaves none' : undefined;
  const operations = [...contract.operations.values()];
  return {
    responses: documentedResponses(contract).map((r) => ({ ...r, ...reachability(responseReachability(config, r)) })),
    rules: operations.flatMap((op) =>
      applicableRules(op, negative).map((rule) => ({
        operationId: op.operationId,
        rule: rule.name,
        ...reachability(rule.sendsWrongOtp === true ? noWrongOtp : undefined),
      })),
    ),
    examples: operations.flatMap((op) =>
      exampleCases(op, positive).map((c, i) => ({
        operationId: op.operationId,
        example: c.label.kind === 'positive' && c.label.example !== undefined ? c.label.example : String(i + 1),
      })),
    ),
    flows: plannedFlows(config),
  };
}
