/**
 * exampleCases (the document's request examples made sendable) yields positive cases: each
 * classifies as breaking nothing, i.e. schema-valid with valid credentials and a current OTP.
 */
import { test, expect } from '@playwright/test';
import { exampleCases } from '../../../generators/index.ts';
import { ctx, operations, validator } from '../generationFixture.ts';
import { classifyCase } from '../negative/classifyCase.ts';

for (const op of operations) {
  test(`${op.operationId}: every example case is positive`, () => {
    const cases = exampleCases(op, ctx);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(classifyCase(c, op, ctx, validator)).toEqual([]);
  });
}
