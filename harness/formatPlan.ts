/**
 * The plan as `npm run contract -- --list` prints it: per row the requests and TOTP codes, per phase
 * the estimated wall time, and the run's two floor terms (requests ÷ rate cap, (codes per account
 * − 1) × 30 s) with the estimate.
 */
import type { Config } from '../loginradius/config/config.ts';
import { estimatePlan } from './planEstimate.ts';
import type { PlanRow } from './runPlan.ts';

/** Upper bound of the extra requests shrinking may send per distinct failure (engine defaults). */
const SHRINK_SENDS_PER_FAILURE = 100;
const SHRUNK_FAILURES_PER_PHASE = 10;

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

export function formatPlan(config: Config, rows: readonly PlanRow[]): string {
  const total = estimatePlan(config, rows);
  const phasesWithShrink = rows.filter((r) => r.phase === 'positive' || r.phase === 'negative').length;
  const shrinkBound = phasesWithShrink * SHRUNK_FAILURES_PER_PHASE * SHRINK_SENDS_PER_FAILURE;
  const lines = rows.map(
    (r) => `  ${r.phase.padEnd(9)} ${r.operationId.padEnd(24)} ${String(r.requests).padStart(5)} ${String(r.codes).padStart(3)}  ${r.note}`,
  );
  const phases = [...new Set(rows.map((r) => r.phase))].map((phase) => {
    const e = estimatePlan(
      config,
      rows.filter((r) => r.phase === phase),
    );
    return `  ${phase.padEnd(9)} ${String(e.requests).padStart(5)} requests, ${e.codes} codes: ~${seconds(e.floorMs)} alone`;
  });
  const rate = config.maxRps === null ? 'no rate cap (mock pace 200 req/s)' : `≤ ${config.maxRps} req/s`;
  const accounts = config.accounts.length;
  return [
    'Planned run (nothing sent):',
    `  phase     operation                 reqs codes`,
    ...lines,
    `  total     ${String(total.requests).padStart(30)} ${String(total.codes).padStart(3)}  requests before shrinking; shrinking adds at most ${shrinkBound} when failures are found`,
    'Per phase (phases overlap: OTP-consuming work runs beside the rest):',
    ...phases,
    `Floor: max(requests ÷ rate cap = ${total.requests} ÷ ${config.maxRps ?? 200} = ${seconds(total.sendingMs)}, (codes per account − 1) × 30 s = (${total.codesPerAccount} − 1) × 30 = ${seconds(total.otpMs)}) = ${seconds(total.floorMs)}`,
    `Estimated wall time: ~${seconds(total.estimateMs)} (${rate}; ${accounts} account${accounts === 1 ? '' : 's'}, ${total.codes} TOTP codes${config.target.kind === 'remote' ? ', one per 30 s step per account' : ', mock clock moves'}); seed ${config.seed}`,
  ].join('\n');
}
