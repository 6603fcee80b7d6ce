/**
 * The default remote run as a nightly job runs it: `npm run contract` with LR_BASE_URL and the
 * suspend tenant's credentials (every other variable at its default) against the mock's staging
 * profile in this process (real clock, 5 req/s per API key, lockouts on real time). With several
 * accounts the tenant's other users join through LR_TEST_USERS. Also the plan's floor and estimate
 * for the same configuration, so the row says how close the run comes to its physics.
 */
import { loadContract } from '../engine/contract/loadContract.ts';
import { estimatePlan } from '../harness/planEstimate.ts';
import { runPlan } from '../harness/runPlan.ts';
import { loadConfig } from '../loginradius/config/loadConfig.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import type { UserFixture } from '../mock/fixtures/fixtureTypes.ts';
import { startMock, type RunningMock } from '../mock/startMock.ts';
import { runContract } from './contractRun.ts';

export interface RemoteRun {
  readonly accounts: number;
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly casesSent: number;
  readonly floorMs: number;
  readonly estimateMs: number;
}

const TENANT = 'suspend';

/**
 * The variables a team sets for a remote run, for `users` of one tenant of the mock: its key, the
 * first user's token and TOTP secret, and with several users all of them as LR_TEST_USERS.
 */
export function tenantEnv(mock: RunningMock, tenantName: string, users: readonly UserFixture[]): Record<string, string> {
  const tenant = mock.fixture.tenants.find((t) => t.name === tenantName);
  const [first] = users;
  if (tenant === undefined || first === undefined) throw new Error(`tenantEnv: the mock has no tenant ${tenantName} or no user given`);
  return {
    LR_BASE_URL: mock.url,
    LR_API_KEY: tenant.apiKey,
    LR_ACCESS_TOKEN: first.accessTokens.valid,
    LR_TOTP_SECRET: first.totpSecret,
    ...(users.length > 1
      ? { LR_TEST_USERS: JSON.stringify(users.map((u) => ({ id: u.uid, accessToken: u.accessTokens.valid, totpSecret: u.totpSecret }))) }
      : {}),
  };
}

export async function runRemote(options: { readonly cwd: string; readonly accounts: number }): Promise<RemoteRun> {
  const mock = await startMock({ port: 0, profile: 'staging' });
  try {
    const users = mock.fixture.users.filter((u) => u.tenant === TENANT && u.role !== 'pool').slice(0, options.accounts);
    if (users.length < options.accounts)
      throw new Error(`runRemote: the fixture's ${TENANT} tenant has fewer than ${options.accounts} test users`);
    const env = tenantEnv(mock, TENANT, users);
    const config = loadConfig({ env: { ...env, LR_SEED: '20261125' } });
    const plan = estimatePlan(config, runPlan(config, loadContract(DEFAULT_CONTRACT_PATH)));
    const run = await runContract({ cwd: options.cwd, env, timeoutMs: 20 * 60_000 });
    return {
      accounts: options.accounts,
      wallMs: run.wallMs,
      exitCode: run.exitCode,
      casesSent: run.casesSent,
      floorMs: plan.floorMs,
      estimateMs: plan.estimateMs,
    };
  } finally {
    await mock.close();
  }
}
