/**
 * One before/after pair per category, built from the real contract, each classified as expected
 * (rule, level, pointer and the operation it is listed under); plus the document against itself.
 */
import { test, expect } from '@playwright/test';
import { diffSpecs } from '../../../engine/specDiff/diffSpecs.ts';
import { BY_OTP, REAL, op, schemas, variant } from './specDiffFixture.ts';
import { OTHER_CASES } from './otherCases.ts';
import { REQUEST_CASES } from './requestCases.ts';
import { RESPONSE_CASES } from './responseCases.ts';

const CASES = [...REQUEST_CASES, ...RESPONSE_CASES, ...OTHER_CASES];

test('the contract against itself has no changes', () => {
  const result = diffSpecs(REAL, { label: 'copy', document: structuredClone(REAL.document) });
  expect(result.changes).toEqual([]);
  expect(result.counts).toEqual({ ERR: 0, WARN: 0, INFO: 0 });
});

for (const c of CASES) {
  test(`${c.level} ${c.rule}: ${c.name}`, () => {
    const { changes } = variant(c.old, c.new);
    const found = changes.filter((x) => x.rule === c.rule);
    expect(found.length, JSON.stringify(changes, null, 1)).toBeGreaterThan(0);
    expect(found.every((x) => x.level === c.level)).toBe(true);
    const match = found.find((x) => x.pointer === c.pointer && `${x.operation} (${x.operationId ?? ''})`.includes(c.under));
    expect(match, `pointers: ${found.map((x) => `${x.operation} ${x.pointer}`).join(', ')}`).toBeDefined();
    expect(match!.message.length).toBeGreaterThan(0);
  });
}

test('a component used by several statuses of one operation is listed once per operation', () => {
  const { changes } = variant(undefined, (d) => {
    schemas(d).ErrorResponse.required.pop();
  });
  const byOp = changes.filter((c) => c.rule === 'response-property-became-optional' && c.operationId === 'mfaUpdateSetting');
  expect(byOp).toHaveLength(1);
  expect(new Set(changes.map((c) => c.operationId))).toEqual(new Set(['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP']));
});

test('within an operation the most severe changes come first', () => {
  const { changes } = variant(undefined, (d) => {
    op(d, BY_OTP).responses['403']['x-error-codes'].push(1234);
    delete op(d, BY_OTP).responses['200'];
    schemas(d).StepUpToken.properties.Scope = { type: 'string' };
  });
  const levels = changes.filter((c) => c.operationId === 'mfaReAuthenticateByOTP').map((c) => c.level);
  expect(levels[0]).toBe('ERR');
  expect([...levels].sort((a, b) => ['ERR', 'WARN', 'INFO'].indexOf(a) - ['ERR', 'WARN', 'INFO'].indexOf(b))).toEqual(levels);
});
