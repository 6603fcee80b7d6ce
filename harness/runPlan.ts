/**
 * What `npm run contract` will do, without sending anything: operations × phases with their request
 * budgets and the TOTP codes they need. Printed by `npm run contract -- --list`; the run deadline
 * (cli/runDeadline.ts) and the tests' timeouts (harness/testTimeout.ts) derive from it.
 *
 * Remote, a code is single-use per 30 s step per account, so codes are spent where only a code can
 * buy the verdict: the plain example of each OTP operation (its exchange also feeds the drift
 * sample), LR_OTP_CASES positive cases per OTP operation, 2 for the step-up flow, 2 for the OTP
 * single-use flow (the second resets the failure counter). The lockout-challenge examples are
 * skipped remotely: on an unlocked account their extra fields take the plain example's path.
 */
import type { Config } from '../loginradius/config/config.ts';
import { DRIFT_SAMPLE } from '../engine/baseline/driftSample.ts';
import { splitBudget, wrongOtpBudget } from '../loginradius/config/wrongOtpBudget.ts';
import type { Contract } from '../engine/contract/types.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { otpVerifyingOperations, verifiesOtp } from '../loginradius/index.ts';
import { suiteCoveragePlan } from './suite/suiteCoveragePlan.ts';
import { OTP_SINGLE_USE_FLOW } from '../loginradius/flows/plannedFlows.ts';

export interface PlanRow {
  readonly phase: string;
  readonly operationId: string;
  readonly requests: number;
  /** Fresh TOTP codes the row needs (each one step of one account on a real tenant). */
  readonly codes: number;
  readonly note: string;
}

/** Codes of the step-up flow (reauth by OTP, update setting) and of the OTP single-use flow (fresh, reset). */
export const FLOW_CODES = { stepUp: 2, singleUse: 2 } as const;

/** Remote: examples of an OTP operation that are sent (the plain one); the mock sends every one. */
export function examplesSent(config: Config, count: number, otp: boolean): number {
  return config.target.kind === 'remote' && otp ? Math.min(1, count) : count;
}

const wrongOtpNote = (n: number): string => (n === 0 ? '' : ` (${n} wrong OTP${n === 1 ? '' : 's'}, from the lockout budget)`);

/** Requests and codes of the flows in the stateful row: step-up, OTP single use, a lockout cycle. */
const FLOW_REQUESTS = { stepUp: 3, singleUse: 4, lockout: 10 } as const;

// The plan is asked for once per test (its timeout) and builds the coverage-first cases: build it
// once per configuration and contract (both immutable).
const plans = new WeakMap<Config, WeakMap<Contract, readonly PlanRow[]>>();

export function runPlan(config: Config, contract: Contract): readonly PlanRow[] {
  let byContract = plans.get(config);
  if (byContract === undefined) plans.set(config, (byContract = new WeakMap()));
  let rows = byContract.get(contract);
  if (rows === undefined) byContract.set(contract, (rows = Object.freeze(planRows(config, contract))));
  return rows;
}

function planRows(config: Config, contract: Contract): PlanRow[] {
  const rows: PlanRow[] = [];
  const remote = config.target.kind === 'remote';
  const coverage = suiteCoveragePlan(config, contract);
  const coverageCases = coverage.steps.flatMap((s) => (s.kind === 'case' ? [s.item] : []));
  for (const operationId of operationIds()) {
    const mine = coverageCases.filter((i) => i.operationId === operationId);
    const otp = verifiesOtp(contract.operation(operationId), contract);
    if (mine.length > 0)
      rows.push({
        phase: 'coverage',
        operationId,
        requests: mine.length,
        codes: otp ? mine.filter((i) => i.case.label.kind === 'positive').length : 0,
        note: `every example, rule and boundary once, before fuzzing${wrongOtpNote(mine.filter((i) => i.sendsWrongOtp).length)}`,
      });
  }
  const coverageFlows = coverage.steps.filter((s) => s.kind === 'flow');
  const coverageSingleUse = coverageFlows.filter((s) => s.kind === 'flow' && s.title === OTP_SINGLE_USE_FLOW).length;
  const lockouts = coverageFlows.length - coverageSingleUse;
  rows.push({
    phase: 'coverage',
    operationId: '(flows)',
    requests: coverageSingleUse * FLOW_REQUESTS.singleUse + lockouts * FLOW_REQUESTS.lockout,
    codes: coverageSingleUse * FLOW_CODES.singleUse + lockouts,
    note:
      coverageFlows.length > 0
        ? `${coverageFlows.length} flow(s) no single request replaces, before fuzzing`
        : remote
          ? 'none here: against a real tenant the flows run once, in their own tests'
          : 'none here: the flow tests run them (first here only under LR_REQUEST_BUDGET)',
  });
  for (const operationId of operationIds()) {
    const otp = verifiesOtp(contract.operation(operationId), contract);
    const documented = Math.max(1, contract.operation(operationId).requestBody?.content['application/json']?.examples.length ?? 1);
    const examples = examplesSent(config, documented, otp);
    rows.push({
      phase: 'examples',
      operationId,
      requests: examples,
      codes: otp ? examples : 0,
      note:
        examples < documented
          ? `the plain example, a fresh OTP; ${documented - examples} lockout-challenge examples skipped (a step each)`
          : 'document examples, target credentials, fresh OTP',
    });
    const positive = otp ? Math.min(config.numRuns, config.otpCases) : config.numRuns;
    rows.push({
      phase: 'positive',
      operationId,
      requests: positive,
      codes: otp ? positive : 0,
      note: otp ? 'schema-valid cases, a fresh single-use OTP each (LR_OTP_CASES)' : 'schema-valid cases',
    });
    rows.push({
      phase: 'negative',
      operationId,
      requests: config.numRuns,
      codes: 0,
      note: otp && remote ? 'one named rule broken per case; no wrong OTPs here (see below)' : 'one named rule broken per case',
    });
    // Remote, the OTP operations' success shapes come from the examples' exchange (no extra code).
    const positiveSample = (n: number) => (otp ? (remote ? 0 : Math.min(n, config.otpCases)) : n);
    const sampled = positiveSample(DRIFT_SAMPLE.examples) + positiveSample(DRIFT_SAMPLE.positive);
    rows.push({
      phase: 'drift',
      operationId,
      requests: sampled + DRIFT_SAMPLE.negative,
      codes: remote ? 0 : otp ? sampled : 0,
      note:
        otp && remote ? 'fixed-seed negative sample + the examples phase’s success shape' : 'fixed-seed sample compared with the baseline',
    });
  }
  const wrongOtps = wrongOtpBudget(config) - (remote ? coverage.wrongOtpCases : 0);
  for (const { operation, share } of splitBudget(wrongOtps, otpVerifyingOperations(contract)))
    rows.push({
      phase: 'negative',
      operationId: operation,
      requests: share,
      codes: 0,
      note: remote
        ? 'wrong OTPs within LR_LOCKOUT_BUDGET (each counts towards lockout)'
        : 'wrong OTPs (the budgeted test; the mock is reset every run)',
    });
  const lockoutRuns = !remote ? 4 : config.allowLockout ? 1 : 0;
  const singleUse = !remote || config.allowLockout || config.lockoutBudget >= 2;
  rows.push({
    phase: 'stateful',
    operationId: '(flows)',
    requests: FLOW_REQUESTS.stepUp + FLOW_REQUESTS.singleUse + lockoutRuns * FLOW_REQUESTS.lockout,
    codes: FLOW_CODES.stepUp + (singleUse ? FLOW_CODES.singleUse : 0) + lockoutRuns,
    note: `step-up, OTP single use/expiry, ${lockoutRuns} lockout flow(s)${lockoutRuns === 0 ? ' (LR_ALLOW_LOCKOUT=1 to run)' : ''}`,
  });
  return rows;
}
