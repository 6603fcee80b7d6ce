/**
 * The start-up lines a run should print: target, seed (with how to replay it) and limits.
 * Built from non-secret fields only, so it is safe to log as is.
 */
import type { Config } from './config.ts';

export function describeConfig(config: Config): string {
  const t = config.target;
  const tenant = config.mockTenant
    ? ` (mock tenant ${config.mockTenant.name}, lockout ${config.mockTenant.lockout.type})`
    : ` (lockout ${config.lockoutType})`;
  const seed =
    config.seedSource === 'random'
      ? `seed ${config.seed} (random; replay this run with LR_SEED=${config.seed})`
      : `seed ${config.seed} (from ${config.seedSource})`;
  const replay = config.replay
    ? `replaying ${config.replay.phase}:${config.replay.operationId} path "${config.replay.path}"`
    : `${config.numRuns} runs per operation and phase`;
  const rate = `${config.maxRps === null ? 'no rate cap' : `≤ ${config.maxRps} requests/s`}${config.requestBudget === undefined ? '' : `, at most ${config.requestBudget} requests (LR_REQUEST_BUDGET)`}`;
  const lockout =
    t.kind === 'remote'
      ? `, lockout flows ${config.allowLockout ? 'ALLOWED' : 'off'}, ≤ ${config.lockoutBudget} wrong OTPs per account`
      : '';
  return [
    `target: ${t.kind} ${t.baseUrl}${tenant}`,
    `${seed}; ${replay}`,
    `${config.checks.length} checks; ${config.concurrency} in flight, ${rate}, timeout ${config.timeoutMs} ms${lockout}`,
    `baseline: ${config.baselineMode === 'record' ? 'RECORDING to' : 'comparing with'} ${config.baselinePath}`,
    ...config.warnings.map((w) => `warning: ${w}`),
  ].join('\n');
}
