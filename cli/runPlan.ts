/**
 * What `npm run contract` will do, without sending anything: operations × phases with their
 * request budgets. Printed by `npm run contract -- --list`.
 */
import type { Config } from '../core/config/config.ts';
import { OPERATION_IDS, type Contract } from '../core/contract/types.ts';

export interface PlanRow {
  readonly phase: string;
  readonly operationId: string;
  readonly requests: number;
  readonly note: string;
}

/** Upper bound of the extra requests shrinking may send per distinct failure (engine defaults). */
export const SHRINK_SENDS_PER_FAILURE = 100;
export const SHRUNK_FAILURES_PER_PHASE = 10;
const DRIFT_SAMPLE = { examples: 5, positive: 20, negative: 40 };

export function runPlan(config: Config, contract: Contract): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const operationId of OPERATION_IDS) {
    const examples = contract.operation(operationId).requestBody?.content['application/json']?.examples.length ?? 1;
    rows.push({ phase: 'examples', operationId, requests: Math.max(1, examples), note: 'document examples, target credentials, fresh OTP' });
    rows.push({ phase: 'positive', operationId, requests: config.numRuns, note: 'schema-valid cases; OTP operations get a fresh code each' });
    rows.push({ phase: 'negative', operationId, requests: config.numRuns, note: 'one named rule broken per case' });
    rows.push({ phase: 'drift', operationId, requests: DRIFT_SAMPLE.examples + DRIFT_SAMPLE.positive + DRIFT_SAMPLE.negative, note: 'fixed-seed sample compared with the baseline' });
  }
  const lockoutRuns = config.target.kind === 'mock' ? 4 : config.allowLockout ? 1 : 0;
  rows.push({ phase: 'stateful', operationId: '(flows)', requests: 3 + 4 + lockoutRuns * 10,
    note: `step-up, OTP single use/expiry, ${lockoutRuns} lockout flow(s)${lockoutRuns === 0 ? ' (LR_ALLOW_LOCKOUT=1 to run)' : ''}` });
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
