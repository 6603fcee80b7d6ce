/**
 * How long a plan takes. Its floor is max(requests ÷ rate cap, (codes per account − 1) × 30 s):
 * requests cannot go faster than LR_MAX_RPS, and an account yields one code per 30 s step (its
 * first code is free, at the current step). On the mock nothing caps the rate and its clock moves,
 * so the pace is 200 req/s (well under the ~1,300 cases/s measured) and codes cost no wait.
 */
import type { Config } from '../loginradius/config/config.ts';
import type { PlanRow } from './runPlan.ts';

export const TOTP_STEP_MS = 30_000;
const MOCK_PACE_RPS = 200;
/** Process start-up, contract load, reports: measured ~5 s on 2 shared cores. */
const START_UP_MS = 8_000;

export interface PlanEstimate {
  readonly requests: number;
  readonly codes: number;
  readonly codesPerAccount: number;
  /** requests ÷ rate cap, ms */
  readonly sendingMs: number;
  /** (codes per account − 1) × 30 s on a real clock, ms */
  readonly otpMs: number;
  /** max of the two, ms */
  readonly floorMs: number;
  /** floor + start-up, ms */
  readonly estimateMs: number;
}

export function paceRps(config: Pick<Config, 'maxRps'>): number {
  return config.maxRps ?? MOCK_PACE_RPS;
}

export function estimatePlan(config: Config, rows: readonly Pick<PlanRow, 'requests' | 'codes'>[]): PlanEstimate {
  const requests = rows.reduce((n, r) => n + r.requests, 0);
  const codes = rows.reduce((n, r) => n + r.codes, 0);
  const codesPerAccount = Math.ceil(codes / Math.max(1, config.accounts.length));
  const sendingMs = (requests / paceRps(config)) * 1000;
  const otpMs = config.target.kind === 'remote' ? Math.max(0, codesPerAccount - 1) * TOTP_STEP_MS : 0;
  const floorMs = Math.max(sendingMs, otpMs);
  return { requests, codes, codesPerAccount, sendingMs, otpMs, floorMs, estimateMs: floorMs + START_UP_MS };
}
