/**
 * Documented ambiguity end to end: a mock tenant answering in the vendor doc examples' legacy forms
 * passes (exit 0) with the forms listed as warnings in their own report section; the same tenant
 * recorded in a baseline and later answering in the SDK forms is reported as drift (exit 1).
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runContractCli } from './runContractCli.ts';

const QUICK = { LR_NUM_RUNS: '15', LR_SEED: '3' };
const LEGACY = { LR_MOCK_LEGACY_FORMS: '1' };

test('a legacy-forms tenant: warnings naming the forms, no failure, exit 0; switching forms later is drift', async () => {
  test.setTimeout(300_000);
  const baseline = join(mkdtempSync(join(tmpdir(), 'lr-legacy-')), 'legacy-baseline.json');

  const recorded = await runContractCli({ ...QUICK, ...LEGACY, LR_BASELINE: baseline }, ['--record-baseline']);
  expect(recorded.exitCode, recorded.output).toBe(0);
  const forms = JSON.parse(readFileSync(baseline, 'utf8')).operations.mfaUpdateSetting['200'].full.forms;
  expect(forms['D9-country']).toEqual(['legacy-string']);

  const legacy = await runContractCli({ ...QUICK, ...LEGACY, LR_BASELINE: baseline });
  expect(legacy.report.failures, legacy.output).toEqual([]);
  expect(legacy.exitCode, legacy.output).toBe(0);
  const named = legacy.report.ambiguities.map((f: any) => `${f.failure.operationId} ${f.failure.title}`);
  expect(named).toEqual(
    expect.arrayContaining([
      'mfaUpdateSetting Target uses the legacy-string form of D9-country',
      'mfaUpdateSetting Target uses the legacy-number form of D9-phone-numbers',
      'mfaReAuthenticate Target uses the without-token form of D4-trigger-token',
    ]),
  );
  expect(legacy.report.ambiguities.every((f: any) => f.failure.severity === 'warning')).toBe(true);
  expect(legacy.report.warnings.map((f: any) => f.failure.check)).not.toContain('documented_ambiguity');
  expect(readFileSync(join(legacy.reportsDir, 'contract-report.md'), 'utf8')).toMatch(
    /## Documented ambiguity \(\d+\)[\s\S]*legacy-string form of D9-country/,
  );
  expect(readFileSync(join(legacy.reportsDir, 'contract-report.html'), 'utf8')).toContain('legacy-string form of D9-country');

  const switched = await runContractCli({ ...QUICK, LR_BASELINE: baseline });
  expect(switched.exitCode, switched.output).toBe(1);
  const drift = switched.report.failures.filter(
    (f: any) => f.failure.check === 'baseline_conformance' && f.failure.title === 'Documented form switched since baseline',
  );
  expect(drift.map((f: any) => f.failure.message).join('\n')).toContain('D9-country is now sent as sdk-object (baseline: legacy-string)');
});
