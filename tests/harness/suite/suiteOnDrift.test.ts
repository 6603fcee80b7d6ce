/**
 * The whole suite against the mock, in process (runSuiteInProcess): a clean mock gives 0 failures
 * whatever the seed, and every drift scenario of the mock makes the suite name the check and the
 * operation that should catch it. tests/cli/contract.test.ts proves the same through `npm run contract`
 * on a few of them (exit codes, report files).
 */
import { test, expect } from '@playwright/test';
import { DRIFT_IDS, type DriftId } from '../../../mock/drift/scenarios.ts';
import { DRIFT_DETECTIONS } from './driftDetections.ts';
import { runSuiteInProcess } from './runSuiteInProcess.ts';

test.describe.configure({ mode: 'parallel' });

// Small budgets: these runs prove detection, the default suite runs 100 cases per phase.
const QUICK = { LR_NUM_RUNS: '15' };

test('every drift scenario of the mock has an expected detection', () => {
  expect(Object.keys(DRIFT_DETECTIONS).sort()).toEqual([...DRIFT_IDS].sort());
});

for (const seed of [1, 2, 3, 4, 5]) {
  test(`clean mock: 0 failures, no harness error, every test sent, with seed ${seed}`, async () => {
    const { report, outcomes } = await runSuiteInProcess({ env: { ...QUICK, LR_SEED: String(seed) } });
    expect(report.failures.map((f) => f.failure.title)).toEqual([]);
    expect(report.harnessErrors).toEqual([]);
    expect(report.seeds).toContain(seed);
    expect(report.totals.casesSent).toBeGreaterThan(200);
    expect(report.exitCode).toBe(0);
    for (const [title, outcome] of outcomes) if (outcome.skip === undefined) expect(outcome.verdict.sent, title).toBeGreaterThan(0);
  });
}

for (const [scenario, expected] of Object.entries(DRIFT_DETECTIONS)) {
  test(`${scenario} → ${expected.check} on ${expected.operationId}`, async () => {
    // The slow trigger answers 2.5 s late; a 1 s limit keeps it caught while other tests share this process.
    const limit: Record<string, string> = scenario === 'latency-regression' ? { LR_MAX_RESPONSE_TIME_MS: '1000' } : {};
    const { report } = await runSuiteInProcess({ mock: { drift: [scenario as DriftId] }, env: { ...QUICK, LR_SEED: '7', ...limit } });
    const found = expected.warning ? report.warnings : report.failures;
    const named = found.map((f) => `${f.failure.check} ${f.failure.operationId}`);
    expect(named, JSON.stringify(named)).toContain(`${expected.check} ${expected.operationId}`);
    expect(report.harnessErrors).toEqual([]);
    expect(report.exitCode).toBe(expected.warning ? 0 : 1);
    // Every failure is replayable: seed, path and a command.
    for (const f of report.failures) expect(f.replay.command).toMatch(/npm run contract/);
  });
}
