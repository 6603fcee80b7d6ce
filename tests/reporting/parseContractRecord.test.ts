import { test, expect } from '@playwright/test';
import { parseContractRecord } from '../../reporting/parseContractRecord.ts';
import { attach, failureRecord, record } from './recordFixtures.ts';

test.describe('parseContractRecord', () => {
  test('a well-formed record parses unchanged', () => {
    const r = record({ failures: [failureRecord()] });
    expect(parseContractRecord(attach(r))).toEqual({ ok: true, record: r });
  });

  test('each missing or mistyped field is named', () => {
    const good = record({ failures: [failureRecord()] });
    const cases: Array<[unknown, RegExp]> = [
      [[], /not a JSON object/],
      [{ ...good, phase: 'fuzz' }, /phase is missing or unknown/],
      [{ ...good, casesSent: '100' }, /casesSent is not a number/],
      [{ ...good, tallies: [{ operationId: 'x', check: 'y', passed: 1, failed: 'no', skipped: 0 }] }, /tallies\[0\] counts/],
      [
        { ...good, failures: [{ ...failureRecord(), failure: { ...failureRecord().failure, dedupKey: 3 } }] },
        /failures\[0\]\.failure\.dedupKey/,
      ],
      [{ ...good, failures: [{ ...failureRecord(), failure: { ...failureRecord().failure, severity: 'fatal' } }] }, /severity/],
      [{ ...good, failures: [{ ...failureRecord(), counterexample: { label: 'x' } }] }, /counterexample\.curl/],
      [{ ...good, harnessErrors: [1] }, /harnessErrors/],
      [{ ...good, unsent: 'all' }, /unsent is not an array/],
      [{ ...good, unsent: [{ operationId: 'mfaUpdateSetting' }] }, /unsent\[0\] lacks operationId\/label/],
    ];
    for (const [value, message] of cases) {
      const parsed = parseContractRecord(attach(value));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(message);
    }
  });

  test('unreadable path is an error, not a throw', () => {
    const parsed = parseContractRecord({ name: 'contract-record', path: '/nonexistent/record.json' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/cannot be read/);
  });
});
