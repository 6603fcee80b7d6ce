/**
 * What Playwright's runner needs from the configuration: where reports go, what the target is
 * called, the reporter's operation order and coverage universe, and (when Playwright starts the
 * mock itself) the mock's port. `npm run contract` computes it once and hands it over in the
 * manifest, so the runner and its workers never load the harness.
 */
import type { Contract } from '../../engine/contract/types.ts';
import type { CoverageUniverse } from '../../engine/coverage/coverageUniverse.ts';
import type { Config } from '../../loginradius/config/config.ts';
import { operationIds } from '../../loginradius/contract/operationIds.ts';
import { loginRadiusCoverage } from '../../loginradius/coverage/loginRadiusCoverage.ts';

export interface RunnerSettings {
  readonly reportsDir: string;
  /** The report's name for the target (never a credential). */
  readonly contractTarget: string;
  readonly operationOrder: readonly string[];
  readonly coverage?: CoverageUniverse;
  readonly minCoverage?: number;
  /** Per-request timeout (LR_TIMEOUT_MS): the global timeout waits this long past the deadline. */
  readonly timeoutMs: number;
  /** The embedded mock, when the target is the mock. */
  readonly mock?: { readonly port: number; readonly baseUrl: string };
}

export function runnerSettings(config: Config, contract: Contract): RunnerSettings {
  const { target } = config;
  return {
    reportsDir: config.reportsDir,
    contractTarget: target.kind === 'mock' ? `embedded mock (${target.baseUrl})` : target.baseUrl,
    operationOrder: operationIds(contract),
    timeoutMs: config.timeoutMs,
    coverage: loginRadiusCoverage(config, contract),
    ...(config.minCoverage === undefined ? {} : { minCoverage: config.minCoverage }),
    ...(target.kind === 'mock' ? { mock: { port: target.mockPort ?? 4010, baseUrl: target.baseUrl } } : {}),
  };
}
