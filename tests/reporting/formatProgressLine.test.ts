import { test, expect } from '@playwright/test';
import { formatDuration, formatProgressLine } from '../../reporting/formatProgressLine.ts';
import { failureRecord, record } from './recordFixtures.ts';

test.describe('formatProgressLine', () => {
  test('✓ for a clean record, ✗ with counts otherwise; subject falls back to the title', () => {
    expect(formatProgressLine(record({ phase: 'positive', elapsedMs: 1234, failures: [] }))).toBe(
      '✓ positive mfaUpdateSetting 100 cases, 0 failures (1.2 s)',
    );
    expect(formatProgressLine(record({ failures: [failureRecord(), failureRecord({ severity: 'warning' })], transportErrors: 2 }))).toBe(
      '✗ negative mfaUpdateSetting 100 cases, 1 failure, 1 warning, 2 transport errors (1.2 s)',
    );
    const { operationId: _drop, ...noOp } = record({ phase: 'stateful', title: 'lockout flow', casesSent: 1 });
    expect(formatProgressLine({ ...noOp, harnessErrors: ['x'] })).toBe(
      '✗ stateful lockout flow 1 case, 0 failures, 1 harness error (1.2 s)',
    );
  });

  test('a comparison record (nothing sent, responses judged) is not an empty run; a record with neither is', () => {
    const { operationId: _drop, ...noOp } = record({ phase: 'drift', title: 'drift baseline', casesSent: 0, numRuns: 195, failures: [] });
    expect(formatProgressLine(noOp)).toBe('✓ drift drift baseline 195 responses compared, 0 failures (1.2 s)');
    expect(formatProgressLine({ ...noOp, numRuns: 0 })).toMatch(/^✗ drift drift baseline 0 cases/);
  });

  test('a record the request budget left unsent is not an empty run: it says how many were not sent', () => {
    const unsent = [1, 2, 3].map((i) => ({ operationId: 'mfaUpdateSetting', label: `negative: wrong-otp (${i})` }));
    expect(formatProgressLine(record({ casesSent: 0, numRuns: 3, unsent }))).toBe(
      '✓ negative mfaUpdateSetting 0 cases, 0 failures, 3 not sent (request budget) (1.2 s)',
    );
    expect(formatProgressLine(record({ casesSent: 2, numRuns: 5, unsent }))).toBe(
      '✓ negative mfaUpdateSetting 2 cases, 0 failures, 3 not sent (request budget) (1.2 s)',
    );
  });

  test('formatDuration picks a readable unit', () => {
    expect([formatDuration(12), formatDuration(1500), formatDuration(125_000)]).toEqual(['12 ms', '1.5 s', '2 min 5 s']);
  });
});
