import { test, expect } from '@playwright/test';
import { recordBaseline } from './recordWithErrorCodes.ts';
import { compareBaseline } from '../../../engine/baseline/compareBaseline.ts';
import { baselineFailures } from '../../../engine/baseline/baselineFailures.ts';
import { aCase, respond } from '../checks/fixtures.ts';

test('breaking changes become errors and additive ones warnings under baseline_conformance, with stable keys', () => {
  const base = recordBaseline([respond(aCase(), 200, { A: 'x', B: 1 })]);
  const failures = baselineFailures(compareBaseline(base, recordBaseline([respond(aCase(), 200, { A: 'x', C: true })])));
  expect(failures.map((f) => [f.check, f.severity, f.dedupKey])).toEqual([
    ['baseline_conformance', 'error', 'baseline_conformance|mfaReAuthenticate|200|removed-field|/B'],
    ['baseline_conformance', 'warning', 'baseline_conformance|mfaReAuthenticate|200|new-field|/C'],
  ]);
  expect(failures[0]?.pointers).toEqual(['/B']);
  expect(failures[0]?.message).toContain('Baseline: number');
  // Same drift seen with other values → same keys.
  const again = baselineFailures(compareBaseline(base, recordBaseline([respond(aCase(), 200, { A: 'other', C: false })])));
  expect(again.map((f) => f.dedupKey)).toEqual(failures.map((f) => f.dedupKey));
});
