/**
 * The coverage-first phase of a LoginRadius run, in the order to send it: every operation's
 * coverage set (examples, one case per applicable rule, boundary cases) interleaved by response
 * class, with the stateful flows that reach what no single request can (a code's reuse → 1068, the
 * lockout codes) as one more class. The class order puts the second factor's defences first:
 * acceptance, a wrong code refused, reuse and brute force refused, then authentication, message,
 * schema and the vendor's other rules. So the first dozen requests touch every operation and every
 * kind of answer, and a request budget is spent where it finds the most.
 *
 * Remote safety: cases whose rule declares `sendsWrongOtp` stay within what the lockout budget
 * leaves (wrongOtpBudget), flows run only where plannedFlows allows them, and each OTP-verifying
 * operation gets one positive case (its plain example: every positive case is a 30 s TOTP step).
 */
import type { Contract, OperationId } from '../../engine/contract/types.ts';
import { caseLabelText } from '../../engine/case/caseLabelText.ts';
import type { CoverageCap } from '../../generators/coverage/capCoverage.ts';
import { capCoverage, coverageCases, interleaveCoverage, type CoverageContexts, type CoverageItem } from '../../generators/index.ts';
import { LOCKOUT_TYPES } from '../../mock/fixtures/fixtureTypes.ts';
import type { Config } from '../config/config.ts';
import { wrongOtpBudget } from '../config/wrongOtpBudget.ts';
import { operationIds } from '../contract/operationIds.ts';
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { LockoutType } from '../flows/flowContext.ts';
import { lockoutFlowClosed, lockoutFlowTitle, OTP_SINGLE_USE_FLOW, otpSingleUseClosed } from '../flows/plannedFlows.ts';
import { verifiesOtp } from '../otp/verifiesOtp.ts';

/** Acceptance, the one-time code's defences (wrong, reused, brute-forced), then the other refusals. */
export const COVERAGE_CLASS_ORDER: readonly string[] = ['success', 'wrong-code', 'stateful', 'auth', 'message', 'schema', 'domain'];

/** Both flows in the plan verify codes on the step-up endpoint. */
const FLOW_OPERATION: OperationId = 'mfaReAuthenticateByOTP';

export type CoverageStep =
  | { readonly kind: 'case'; readonly item: CoverageItem }
  /** Run the flow of plannedFlows with this title (for a lockout flow, on the tenant of `lockoutType`). */
  | { readonly kind: 'flow'; readonly title: string; readonly lockoutType?: LockoutType };

export interface CoverageFirstOptions {
  readonly contract: Contract;
  readonly generation: CoverageContexts<TargetCredentials>;
  readonly config: Pick<Config, 'target' | 'seed' | 'numRuns' | 'lockoutBudget' | 'allowLockout' | 'lockoutType'>;
  /** Positive cases per OTP-verifying operation. @defaultValue all on the mock, 1 (the plain example) on a remote target */
  readonly otpPositives?: number;
  /** Include the stateful flows plannedFlows allows. @defaultValue true */
  readonly flows?: boolean;
}

export interface CoverageFirstPlan {
  readonly steps: readonly CoverageStep[];
  /** Cases the plan leaves out, each with why (for the test's annotation; not failures). */
  readonly notSent: ReadonlyArray<{ readonly operationId: OperationId; readonly label: string; readonly reason: string }>;
  /** Wrong one-time codes the plan's cases send: the budgeted wrong-OTP test has wrongOtpBudget minus these. */
  readonly wrongOtpCases: number;
}

type Slot = { readonly operationId: string; readonly responseClass: string; readonly step: CoverageStep };

function flowSteps(config: CoverageFirstOptions['config']): CoverageStep[] {
  const lockout = (type: LockoutType): CoverageStep[] =>
    lockoutFlowClosed(config, type) === undefined ? [{ kind: 'flow', title: lockoutFlowTitle(type), lockoutType: type }] : [];
  // The tenant's own lockout type first: on a real tenant it is the only one there is.
  return [
    ...lockout(config.lockoutType),
    ...(otpSingleUseClosed(config) === undefined ? [{ kind: 'flow', title: OTP_SINGLE_USE_FLOW } as const] : []),
    ...LOCKOUT_TYPES.filter((t) => t !== config.lockoutType).flatMap(lockout),
  ];
}

export function coverageFirstPlan(options: CoverageFirstOptions): CoverageFirstPlan {
  const { contract, generation, config } = options;
  const remote = config.target.kind === 'remote';
  const otpPositives = options.otpPositives ?? (remote ? 1 : Number.MAX_SAFE_INTEGER);
  const slots: Slot[] = [
    ...operationIds(contract).flatMap((id) =>
      coverageCases(contract.operation(id), generation, { seed: config.seed }).map(
        (item): Slot => ({ operationId: item.operationId, responseClass: item.responseClass, step: { kind: 'case', item } }),
      ),
    ),
    ...(options.flows === false ? [] : flowSteps(config)).map(
      (step): Slot => ({ operationId: FLOW_OPERATION, responseClass: 'stateful', step }),
    ),
  ];
  const itemOf = (s: Slot): CoverageItem | undefined => (s.step.kind === 'case' ? s.step.item : undefined);
  const wrongCodes: CoverageCap<Slot> = {
    max: wrongOtpBudget(config),
    counts: (s) => itemOf(s)?.sendsWrongOtp === true,
    reason: 'the lockout budget (LR_LOCKOUT_BUDGET) leaves no more wrong one-time codes for this account',
  };
  const otpCaps = operationIds(contract)
    .filter((id) => verifiesOtp(contract.operation(id), contract))
    .map(
      (id): CoverageCap<Slot> => ({
        max: otpPositives,
        counts: (s) => s.operationId === id && itemOf(s)?.case.label.kind === 'positive',
        reason: 'every positive case of an OTP-verifying operation needs its own 30 s TOTP step; its plain example stands for the others',
      }),
    );
  const { kept, left } = capCoverage(interleaveCoverage(slots, COVERAGE_CLASS_ORDER), [wrongCodes, ...otpCaps]);
  return {
    steps: kept.map((s) => s.step),
    notSent: left.map(({ item, reason }) => ({
      operationId: item.operationId,
      label: item.step.kind === 'case' ? caseLabelText(item.step.item.case) : item.step.title,
      reason,
    })),
    wrongOtpCases: kept.filter(wrongCodes.counts).length,
  };
}
