/**
 * A hostile host, end to end through `npm run contract`: for a few faults of mock/faults/hostileFaults.ts
 * (on mfaReAuthenticate) the run exits 1 with the failure named on that operation, no harness error,
 * and writes every report. Only the examples test of that operation runs (--grep): one worker, a few
 * cases, so each kind costs a start-up and little else. The run deadline and the circuit breaker are
 * proven here too, with the `hang` fault.
 */
import { test, expect } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileFaultId } from '../../mock/faults/hostileFaults.ts';
import { runContractCli, type CliRun } from './runContractCli.ts';

const FAULTED = 'mfaReAuthenticate';
const REPORT_FILES = ['contract-report.json', 'contract-report.md', 'contract-report.html', 'junit.xml', 'results.json', 'html/index.html'];
const ONLY_EXAMPLES = ['--grep', `examples ${FAULTED}$`];

// The answers that once cost a report or gigabytes; every hostile fault: in process,
// tests/harness/suite/suiteOnHostileFaults.test.ts.
const THROUGH_THE_CLI: ReadonlyArray<{ fault: HostileFaultId; check: string; says: RegExp }> = [
  { fault: 'wide-json', check: 'no_transport_error', says: /\(json-too-wide\): JSON holds more than 10000 keys and items/ },
  {
    fault: 'gzip-bomb',
    check: 'no_transport_error',
    says: /\(body-too-large\): response body cut: more than 10485760 bytes after gzip decoding/,
  },
];

function expectNamedFailureAndReports(run: CliRun, check: string, says: RegExp): void {
  expect(run.report, run.output).toBeDefined();
  expect(run.exitCode, run.output).toBe(1);
  expect(run.report.exitCode).toBe(1);
  expect(run.report.harnessErrors).toEqual([]);
  const named = run.report.failures.filter((f: any) => f.failure.check === check && f.failure.operationId === FAULTED);
  expect(
    named.map((f: any) => f.failure.message).join('\n'),
    JSON.stringify(run.report.failures.map((f: any) => f.failure.message)),
  ).toMatch(says);
  for (const file of REPORT_FILES) {
    const path = join(run.reportsDir, file);
    expect(existsSync(path) && statSync(path).size > 0, file).toBe(true);
  }
}

test.describe.configure({ mode: 'parallel' });

for (const { fault, check, says } of THROUGH_THE_CLI) {
  test(`${fault} → ${check} on ${FAULTED}, exit 1, every report written`, async () => {
    expectNamedFailureAndReports(
      await runContractCli({ LR_NUM_RUNS: '2', LR_SEED: '7', LR_MOCK_FAULT: fault }, ONLY_EXAMPLES),
      check,
      says,
    );
  });
}

test('a hanging target: the circuit breaker stops the operation after 2 timeouts, the run deadline stops the rest', async () => {
  const startedAt = Date.now();
  const run = await runContractCli(
    {
      LR_NUM_RUNS: '20',
      LR_SEED: '7',
      LR_MOCK_FAULT: 'hang',
      LR_TIMEOUT_MS: '1000',
      LR_CONCURRENCY: '1',
      LR_CIRCUIT_BREAKER: '2',
    },
    ['--grep', `(examples|negative) ${FAULTED}$`],
  );
  expectNamedFailureAndReports(
    run,
    'no_transport_error',
    /\(circuit-open\): not sent: circuit open after 2 consecutive transport failures/,
  );
  // 2 timeouts of 1 s, then nothing waits: far below the 21 timeouts the cases would cost.
  const waited = run.report.failures
    .filter((f: any) => /\(timeout\)/.test(f.failure.message))
    .reduce((n: number, f: any) => n + f.occurrences, 0);
  expect(waited).toBeLessThanOrEqual(3);
  expect(Date.now() - startedAt).toBeLessThan(90_000);
});

test('LR_RUN_TIMEOUT reached: nothing more is sent, unsent cases are named, every report written', async () => {
  const run = await runContractCli(
    {
      LR_NUM_RUNS: '20',
      LR_SEED: '7',
      LR_MOCK_FAULT: 'hang',
      LR_TIMEOUT_MS: '1000',
      LR_CONCURRENCY: '1',
      LR_CIRCUIT_BREAKER: '0',
      LR_RUN_TIMEOUT: '1',
    },
    // 20 positive cases one at a time: the first hangs past the 1 s deadline, the others are never sent.
    ['--grep', `positive ${FAULTED}$`],
  );
  expectNamedFailureAndReports(run, 'no_transport_error', /\(run-deadline\): not sent: the run deadline \(LR_RUN_TIMEOUT\) was reached/);
});
