/**
 * What `npm run contract` will do, without sending anything: operations × phases with their
 * request budgets. Printed by `npm run contract -- --list`.
 */
import type { Config } from '../loginradius/config/config.ts';
import { DRIFT_SAMPLE } from '../engine/baseline/driftSample.ts';
import { splitBudget, wrongOtpBudget } from '../loginradius/config/wrongOtpBudget.ts';
import type { Contract } from '../engine/contract/types.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { otpVerifyingOperations, verifiesOtp } from '../loginradius/index.ts';

export interface PlanRow {
  readonly phase: string;
  readonly operationId: string;
  readonly requests: number;
  readonly note: string;
}

/** Upper bound of the extra requests shrinking may send per distinct failure (engine defaults). */
const SHRINK_SENDS_PER_FAILURE = 100;
const SHRUNK_FAILURES_PER_PHASE = 10;

export function runPlan(config: Config, contract: Contract): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const operationId of operationIds()) {
    const examples = contract.operation(operationId).requestBody?.content['application/json']?.examples.length ?? 1;
    rows.push({
      phase: 'examples',
      operationId,
      requests: Math.max(1, examples),
      note: 'document examples, target credentials, fresh OTP',
    });
    const otp = verifiesOtp(contract.operation(operationId), contract);
    rows.push(
      otp
        ? {
            phase: 'positive',
            operationId,
            requests: Math.min(config.numRuns, config.otpCases),
            note: 'schema-valid cases, a fresh single-use OTP each (LR_OTP_CASES)',
          }
        : { phase: 'positive', operationId, requests: config.numRuns, note: 'schema-valid cases' },
    );
    rows.push({
      phase: 'negative',
      operationId,
      requests: config.numRuns,
      note:
        otp && config.target.kind === 'remote'
          ? 'one named rule broken per case; no wrong OTPs here (see below)'
          : 'one named rule broken per case',
    });
    // Positive samples of an OTP-verifying operation are capped like the positive phase (fixtures.ts).
    const positiveSample = (n: number) => (otp ? Math.min(n, config.otpCases) : n);
    rows.push({
      phase: 'drift',
      operationId,
      requests: positiveSample(DRIFT_SAMPLE.examples) + positiveSample(DRIFT_SAMPLE.positive) + DRIFT_SAMPLE.negative,
      note: 'fixed-seed sample compared with the baseline',
    });
  }
  for (const { operation, share } of splitBudget(wrongOtpBudget(config), otpVerifyingOperations(contract)))
    rows.push({
      phase: 'negative',
      operationId: operation,
      requests: share,
      note:
        config.target.kind === 'remote'
          ? 'wrong OTPs within LR_LOCKOUT_BUDGET (each counts towards lockout)'
          : 'wrong OTPs (the budgeted test; the mock is reset every run)',
    });
  const lockoutRuns = config.target.kind === 'mock' ? 4 : config.allowLockout ? 1 : 0;
  rows.push({
    phase: 'stateful',
    operationId: '(flows)',
    requests: 3 + 4 + lockoutRuns * 10,
    note: `step-up, OTP single use/expiry, ${lockoutRuns} lockout flow(s)${lockoutRuns === 0 ? ' (LR_ALLOW_LOCKOUT=1 to run)' : ''}`,
  });
  return rows;
}

export function formatPlan(config: Config, rows: readonly PlanRow[]): string {
  const total = rows.reduce((n, r) => n + r.requests, 0);
  const phasesWithShrink = rows.filter((r) => r.phase === 'positive' || r.phase === 'negative').length;
  const shrinkBound = phasesWithShrink * SHRUNK_FAILURES_PER_PHASE * SHRINK_SENDS_PER_FAILURE;
  const lines = rows.map((r) => `  ${r.phase.padEnd(9)} ${r.operationId.padEnd(24)} ${String(r.requests).padStart(5)}  ${r.note}`);
  const rate = config.maxRps === null ? 'no rate cap' : `≤ ${config.maxRps} req/s (about ${Math.ceil(total / config.maxRps)} s at the cap)`;
  return [
    'Planned run (nothing sent):',
    ...lines,
    `  total     ${String(total).padStart(30)}  requests before shrinking; shrinking adds at most ${shrinkBound} when failures are found`,
    `  ${rate}; seed ${config.seed}`,
  ].join('\n');
}
