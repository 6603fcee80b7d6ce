/**
 * The main job end to end, as CI runs it: `npm run contract` (cli/contract.ts) against the embedded
 * mock. The clean default run exits 0 with every report and its coverage; a drift scenario fails it
 * (exit 1) or warns (exit 0); an unreachable target still writes every report and exits 2; a broken
 * configuration exits 2 before anything is sent. Every seed and every drift scenario: in process,
 * tests/harness/suite/suiteOnDrift.test.ts.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRIFT_DETECTIONS } from '../harness/suite/driftDetections.ts';
import { runContractCli, freePort } from './runContractCli.ts';

// Every test is its own CLI run with its own ports and reports folder: spread them over both workers
// (one file would otherwise hold one worker for most of npm test).
test.describe.configure({ mode: 'parallel' });

// Small budgets: these runs prove wiring, the default suite runs 100 cases per phase.
const QUICK = { LR_NUM_RUNS: '15' };

test('the clean mock default run: 0 failures, every report, every reachable rule, example and flow; LR_MIN_COVERAGE met', async () => {
  const run = await runContractCli({ LR_SEED: '1', LR_MIN_COVERAGE: '45' });
  expect(run.report?.failures, run.output).toEqual([]);
  expect(run.report.harnessErrors).toEqual([]);
  expect(run.report.seeds).toContain(1);
  expect(run.exitCode, run.output).toBe(0);
  for (const file of ['contract-report.html', 'contract-report.md', 'junit.xml', 'results.json', 'html/index.html'])
    expect(existsSync(join(run.reportsDir, file)), file).toBe(true);
  expect(run.report.coverage.totals).toEqual({
    responses: { covered: 36, reachable: 74, unreachable: 9 },
    rules: { covered: 58, reachable: 58, unreachable: 0 },
    examples: { covered: 11, reachable: 11, unreachable: 0 },
    flows: { covered: 6, reachable: 6, unreachable: 0 },
  });
  expect(run.output).toContain(
    'covered 36/74 documented responses (9 not reachable here), 58/58 rules, 11/11 examples, 6/6 flows: 48.6% (LR_MIN_COVERAGE 45% met)',
  );
  const unreachable = run.report.coverage.responses.filter((r: any) => r.state === 'unreachable');
  expect(unreachable.every((r: any) => r.unreachable.length > 0)).toBe(true);
  expect(readFileSync(join(run.reportsDir, 'contract-report.html'), 'utf8')).toContain('<table id="coverage">');
  expect(readFileSync(join(run.reportsDir, 'contract-report.md'), 'utf8')).toContain('## Contract coverage');
});

// The whole matrix of drift scenarios runs in process (tests/harness/suite/suiteOnDrift.test.ts); through
// the CLI one failure (exit 1, replayable) and one warning (exit 0) prove the wiring.
for (const scenario of ['field-renamed', 'additive-field'] as const) {
  const expected = DRIFT_DETECTIONS[scenario]!;
  test(`drift ${scenario} → ${expected.check} on ${expected.operationId}, exit ${expected.warning ? 0 : 1}`, async () => {
    const run = await runContractCli({ ...QUICK, LR_SEED: '7', LR_MOCK_DRIFT: scenario });
    const found = (expected.warning ? run.report?.warnings : run.report?.failures) ?? [];
    const named = found.map((f: any) => `${f.failure.check} ${f.failure.operationId}`);
    expect(named, run.output).toContain(`${expected.check} ${expected.operationId}`);
    expect(run.exitCode).toBe(expected.warning ? 0 : 1);
    // Every failure in the report is replayable: seed, path and a command.
    for (const f of run.report.failures) expect(f.replay.command).toMatch(/npm run contract/);
  });
}

test('an unreachable target: every report is written, transport failures named, exit 2', async () => {
  const closed = await freePort();
  const run = await runContractCli({
    LR_BASE_URL: `http://127.0.0.1:${closed}`,
    LR_API_KEY: '5f0d3a1e-0000-4000-8000-00000000c0de',
    LR_ACCESS_TOKEN: '6e1c2b3a-0000-4000-8000-00000000beef',
    LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    LR_NUM_RUNS: '3',
    LR_MAX_RPS: '1000',
    LR_TIMEOUT_MS: '2000',
  });
  expect(run.exitCode, run.output).toBe(2);
  expect(run.output).toContain('target unreachable');
  for (const file of ['contract-report.json', 'contract-report.md', 'contract-report.html', 'junit.xml'])
    expect(existsSync(join(run.reportsDir, file)), file).toBe(true);
  expect(run.report.failures.map((f: any) => f.failure.check)).toContain('no_transport_error');
  expect(readFileSync(join(run.reportsDir, 'junit.xml'), 'utf8')).toMatch(/failures="[1-9]/);
});

test('a broken configuration: clear message naming the variable and the fix, exit 2, nothing sent', async () => {
  const run = await runContractCli({ LR_BASE_URL: 'htp:/staging', LR_NUM_RUNS: 'many' });
  expect(run.exitCode).toBe(2);
  expect(run.output).toContain('LR_BASE_URL');
  expect(run.output).toContain('LR_NUM_RUNS');
  expect(run.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  expect(run.report.exitCode).toBe(2);
});

test('--list prints the plan and the request budget without sending anything', async () => {
  const run = await runContractCli({}, ['--list']);
  expect(run.exitCode, run.output).toBe(0);
  expect(run.output).toContain('Planned run (nothing sent)');
  for (const phase of ['examples', 'positive', 'negative', 'drift', 'stateful']) expect(run.output).toContain(phase);
  expect(run.report).toBeUndefined();
});
