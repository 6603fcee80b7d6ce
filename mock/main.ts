/**
 * `npm run mock`: runs the mock standalone. The only file of mock/ that reads process.env.
 *   --port <n> | LR_MOCK_PORT   port (default 4010)
 *   --profile <default|staging> | LR_MOCK_PROFILE   staging: real clock, 5 req/s per API key (default default)
 *   LR_MOCK_DRIFT               comma list of drift scenario ids (default none)
 *   LR_MOCK_RPS                 per-API-key rate limit, requests/second (default 0 = off)
 *   LR_MOCK_FAULT               transport fault id from mock/faults/faults.ts (default none)
 *   LR_MOCK_FAULT_OPERATIONS    comma list of operationIds the fault hits (default mfaReAuthenticate)
 *   LR_MOCK_LEGACY_FORMS        1: answer in the vendor doc examples' legacy forms (default 0)
 *   LR_MOCK_TOKEN_LIFETIME      seconds an issued access token lives (default 900)
 *   LR_MOCK_LATENCY_MS          ms added to every vendor answer, like a slow gateway (default 0)
 */
import { DRIFT_IDS } from './drift/scenarios.ts';
import { FAULT_IDS } from './faults/faults.ts';
import type { AnyFaultId as FaultId } from './faults/allFaults.ts';
import type { MockOperationId } from './http/mockTypes.ts';
import { startMock } from './startMock.ts';
import type { MockProfile } from './mockOptions.ts';
import type { DriftId } from './drift/scenarios.ts';

function portFrom(argv: readonly string[], env: string | undefined): number {
  const flag = argv.indexOf('--port');
  const raw = flag !== -1 ? argv[flag + 1] : env;
  if (raw === undefined || raw === '') return 4010;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`mock: port "${raw}" is invalid; pass --port <0-65535> or LR_MOCK_PORT`);
  return port;
}

function profileFrom(argv: readonly string[], env: string | undefined): MockProfile {
  const flag = argv.indexOf('--profile');
  const raw = flag !== -1 ? argv[flag + 1] : env;
  if (raw === undefined || raw === '' || raw === 'default') return 'default';
  if (raw === 'staging') return 'staging';
  throw new Error(`mock: profile "${raw}" is invalid; pass --profile default|staging or LR_MOCK_PROFILE`);
}

async function main(): Promise<void> {
  const profile = profileFrom(process.argv, process.env['LR_MOCK_PROFILE']);
  const drift = (process.env['LR_MOCK_DRIFT'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) as DriftId[];
  const rpsRaw = process.env['LR_MOCK_RPS'] ?? '';
  const rateLimitRps = rpsRaw === '' ? undefined : Number(rpsRaw);
  const faultId = (process.env['LR_MOCK_FAULT'] ?? '').trim();
  const faultOps = (process.env['LR_MOCK_FAULT_OPERATIONS'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) as MockOperationId[];
  const fault = faultId === '' ? undefined : { fault: faultId as FaultId, ...(faultOps.length ? { operations: faultOps } : {}) };
  const legacyForms = process.env['LR_MOCK_LEGACY_FORMS'] === '1';
  const lifetimeRaw = process.env['LR_MOCK_TOKEN_LIFETIME'] ?? '';
  const latencyRaw = process.env['LR_MOCK_LATENCY_MS'] ?? '';
  const mock = await startMock({
    ...(latencyRaw === '' ? {} : { latencyMs: Number(latencyRaw) }),
    ...(lifetimeRaw === '' ? {} : { accessTokenLifetimeSeconds: Number(lifetimeRaw) }),
    port: portFrom(process.argv, process.env['LR_MOCK_PORT']),
    profile,
    drift,
    ...(rateLimitRps === undefined ? {} : { rateLimitRps }),
    legacyForms,
    ...(fault ? { fault } : {}),
  });
  const active = mock.state().fault;
  const lines = [
    `LoginRadius MFA mock listening on ${mock.url}`,
    `  tenants (API keys by name; values are in mock/fixtures/tenant.json): ${mock.fixture.tenants.map((t) => `${t.name} [${t.lockout.type}]`).join(', ')}`,
    `  drift: ${drift.length ? drift.join(', ') : 'none'} (available: ${DRIFT_IDS.join(', ')})`,
    `  fault: ${active ? `${active.fault} on ${active.operations.join(', ')}` : 'none'} (available: ${FAULT_IDS.join(', ')})`,
    `  profile: ${profile}${profile === 'staging' ? ' (real clock; clock moves and resets refused)' : ''}`,
    `  rate limit: ${mock.state().rateLimitRps > 0 ? `${mock.state().rateLimitRps} req/s per API key` : 'off'}`,
    `  legacy forms: ${legacyForms ? "on (vendor doc examples' forms)" : 'off'}`,
    `  added latency: ${latencyRaw === '' ? 'none' : `${Number(latencyRaw)} ms per vendor answer`}`,
    `  admin: ${mock.url}/__mock/state · /__mock/requests · POST /__mock/reset · PUT /__mock/drift · PUT /__mock/fault · PUT /__mock/clock · PUT /__mock/authenticator`,
    '  stop with Ctrl+C (SIGINT) or SIGTERM',
  ];
  console.log(lines.join('\n'));
  // Whoever reads our output may be gone (`npm run mock | head`): a closed pipe must not turn a
  // clean stop into an EPIPE crash; there is nobody left to tell.
  process.stdout.on('error', () => undefined);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`mock: ${signal} received, shutting down`);
    void mock.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(2);
});
