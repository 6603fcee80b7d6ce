/**
 * Fault tolerance through `npm run contract`: with a transport fault of the mock on the step-up
 * trigger (connection resets) the run records the named failure on that operation, keeps testing
 * the other two operations, writes every report and exits 1 (contract failure), never 2 (harness
 * error) and never a crash. Every fault of the mock: in process, tests/harness/suite/suiteOnFaults.test.ts.
 * A refused connection: tests/cli/contract.test.ts ("an unreachable target").
 */
import { test, expect } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runContractCli } from './runContractCli.ts';

const FAULTED = 'mfaReAuthenticate';
const OTHERS = ['mfaUpdateSetting', 'mfaReAuthenticateByOTP'] as const;
const REPORT_FILES = ['contract-report.json', 'contract-report.md', 'contract-report.html', 'junit.xml', 'results.json', 'html/index.html'];

interface MatrixRow {
  operationId: string;
  check: string;
  passed: number;
  failed: number;
}
interface TestRow {
  phase: string;
  operationId?: string;
  casesSent: number;
}

test('connection-reset → no_transport_error on mfaReAuthenticate; the run keeps going and writes every report', async () => {
  const run = await runContractCli({ LR_NUM_RUNS: '10', LR_SEED: '7', LR_MOCK_FAULT: 'connection-reset' });
  const report = run.report;
  expect(report, run.output).toBeDefined();
  expect(run.exitCode, run.output).toBe(1);
  expect(report.exitCode).toBe(1);
  expect(report.harnessErrors).toEqual([]);
  const named = report.failures.filter((f: any) => f.failure.check === 'no_transport_error' && f.failure.operationId === FAULTED);
  expect(named.map((f: any) => f.failure.message).join('\n')).toMatch(/\(connection-reset\)/);
  expect((report.matrix as MatrixRow[]).find((r) => r.operationId === FAULTED && r.check === 'no_transport_error')?.failed).toBeGreaterThan(
    0,
  );
  for (const operationId of OTHERS) {
    for (const phase of ['examples', 'positive', 'negative', 'drift']) {
      const sent = (report.tests as TestRow[])
        .filter((t) => t.phase === phase && t.operationId === operationId)
        .reduce((n, t) => n + t.casesSent, 0);
      expect(sent, `${phase} ${operationId}`).toBeGreaterThan(0);
    }
    expect(report.failures.filter((f: any) => f.failure.operationId === operationId)).toEqual([]);
  }
  for (const file of REPORT_FILES) {
    const path = join(run.reportsDir, file);
    expect(existsSync(path) && statSync(path).size > 0, file).toBe(true);
  }
});
