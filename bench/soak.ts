/**
 * `npx tsx bench/soak.ts [--requests 100000]`: the mock soak. The mock runs in its own process; the
 * harness (createHarness, as the suite builds it) sends positive and negative fuzz cases of every
 * operation in rounds until the budget is spent. Reports the statuses ≥ 500 the harness saw, the
 * mock's own `internalErrors` (both must stay 0: the mock never fails unintentionally) and the RSS
 * of the harness and of the mock's process tree after every round, so a leak shows as growth.
 */
import { negativeCase, positiveCase } from '../generators/index.ts';
import { createHarness } from '../harness/createHarness.ts';
import { loadConfig } from '../loginradius/config/loadConfig.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { startMockProcess } from './mockProcess.ts';

const ROUND = 2_000;

function requestedBudget(argv: readonly string[]): number {
  const at = argv.indexOf('--requests');
  const value = at < 0 ? 100_000 : Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < ROUND)
    throw new Error(`bench/soak: --requests must be a whole number ≥ ${ROUND}, got ${String(argv[at + 1])}`);
  return value;
}

async function soak(budget: number): Promise<void> {
  const mock = await startMockProcess();
  const config = loadConfig({ env: { LR_MOCK_PORT: String(mock.port), LR_SEED: '1', LR_CONCURRENCY: '16' } });
  let serverErrors = 0;
  let sent = 0;
  const harness = await createHarness(config, {
    observe: (exchange) => {
      sent += 1;
      if (exchange.outcome.kind === 'response' && exchange.outcome.status >= 500) serverErrors += 1;
    },
  });
  const rss: number[] = [];
  const mockRss: number[] = [];
  const started = performance.now();
  try {
    // Negative cases dominate (they need no fresh code); positive ones of the OTP operations are
    // capped by LR_OTP_CASES like in the suite, so each round still sends its share.
    for (let round = 0; sent < budget; round += 1) {
      for (const operationId of operationIds(harness.contract)) {
        const op = harness.contract.operation(operationId);
        for (const role of ['negative', 'positive'] as const) {
          const arbitrary = role === 'negative' ? negativeCase(op, harness.generation(role)) : positiveCase(op, harness.generation(role));
          const numRuns = Math.ceil(ROUND / 6);
          await harness.runPhase({
            phase: role,
            title: `soak ${role} ${operationId}`,
            operationId,
            role,
            arbitrary,
            numRuns,
            seed: round + 1,
            maxShrunkFailures: 0,
          });
        }
      }
      rss.push(Math.round(process.memoryUsage().rss / 2 ** 20));
      const mockNow = mock.rssMiB();
      if (mockNow !== null) mockRss.push(mockNow);
    }
  } finally {
    await harness.dispose();
  }
  const state = await mock.state();
  const memory = (samples: number[]) => ({ first: samples[0], last: samples.at(-1), max: Math.max(...samples), samples: samples.length });
  await mock.close();
  const seconds = (performance.now() - started) / 1000;
  const result = {
    requests: sent,
    seconds: Math.round(seconds),
    requestsPerSecond: Math.round(sent / seconds),
    serverErrorsSeen: serverErrors,
    mockInternalErrors: state['internalErrors'],
    harnessRssMiB: memory(rss),
    mockRssMiB: mockRss.length > 0 ? memory(mockRss) : 'not readable here',
  };
  console.log(JSON.stringify(result, null, 2));
  process.exitCode = serverErrors === 0 && state['internalErrors'] === 0 ? 0 : 1;
}

await soak(requestedBudget(process.argv.slice(2)));
