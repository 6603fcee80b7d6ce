/**
 * A test's timeout from the plan, so no test dies of a default on a slow, rate-capped target: its
 * requests and the shrinking they may trigger at the rate cap, twice over, plus (when it needs TOTP
 * codes on a real clock) the whole OTP schedule, since its codes may come last; plus 60 s. Never
 * below Playwright's 300 s that the contract project had before.
 */
import type { Contract } from '../engine/contract/types.ts';
import type { Config } from '../loginradius/config/config.ts';
import { estimatePlan, paceRps, TOTP_STEP_MS } from './planEstimate.ts';
import { runPlan, type PlanRow } from './runPlan.ts';

const SHRINK_REQUESTS = 1000;
const FLOOR_MS = 300_000;

/** The plan rows a test sends, by its title (empty: the plan does not know the test). */
export function planRowsOf(rows: readonly PlanRow[], title: string): PlanRow[] {
  if (title.startsWith('coverage first: the flows')) return rows.filter((r) => r.phase === 'coverage' && r.operationId === '(flows)');
  if (title.startsWith('coverage')) return rows.filter((r) => r.phase === 'coverage' && r.operationId !== '(flows)');
  if (title.startsWith('drift')) return rows.filter((r) => r.phase === 'drift' || (r.phase === 'examples' && r.codes > 0));
  if (title.startsWith('stateful')) return rows.filter((r) => r.phase === 'stateful');
  if (title.startsWith('negative wrong OTPs')) return rows.filter((r) => r.phase === 'negative' && r.note.startsWith('wrong OTPs'));
  const [phase, operationId] = title.split(' ');
  return rows.filter((r) => r.phase === phase && r.operationId === operationId && !r.note.startsWith('wrong OTPs'));
}

export function testTimeoutMs(config: Config, contract: Contract, title: string): number {
  const rows = runPlan(config, contract);
  const mine = planRowsOf(rows, title);
  const requests = mine.reduce((n, r) => n + r.requests, 0);
  const shrink = title.startsWith('positive') || title.startsWith('negative') ? SHRINK_REQUESTS : 0;
  const codes = mine.reduce((n, r) => n + r.codes, 0);
  const otpWait = config.target.kind === 'remote' && codes > 0 ? estimatePlan(config, rows).otpMs + 2 * TOTP_STEP_MS : 0;
  return Math.max(FLOOR_MS, Math.ceil((2 * (requests + shrink) * 1000) / paceRps(config) + otpWait + 60_000));
}
