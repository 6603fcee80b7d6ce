/** Laws of sampleCases: (seed, numRuns) reproduces the same cases; bad arguments fail with the fix. */
import { test, expect } from '@playwright/test';
import { negativeCase, sampleCases } from '../../generators/index.ts';
import { ctx, largestOperation } from './generationFixture.ts';

test('the same seed gives the same cases, prefix-stable in numRuns', () => {
  const arb = negativeCase(largestOperation, ctx);
  const a = sampleCases(arb, { seed: 1234, numRuns: 30 });
  expect(sampleCases(arb, { seed: 1234, numRuns: 30 })).toEqual(a);
  expect(sampleCases(arb, { seed: 1234, numRuns: 10 })).toEqual(a.slice(0, 10));
  expect(sampleCases(arb, { seed: 1235, numRuns: 30 })).not.toEqual(a);
  expect(sampleCases(arb, { seed: 1 })).toHaveLength(100);
});

test('bad arguments name the call and the fix', () => {
  const arb = negativeCase(largestOperation, ctx);
  expect(() => sampleCases(arb, { seed: 1.5 })).toThrow(/sampleCases: seed must be an integer .*pass the seed fast-check reported/);
  expect(() => sampleCases(arb, { seed: 1, numRuns: 0 })).toThrow(/sampleCases: numRuns must be a positive integer/);
});
