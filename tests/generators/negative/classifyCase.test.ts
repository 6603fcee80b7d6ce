/** The oracle used by the laws is not vacuous: hand-broken positive cases are classified as broken. */
import { test, expect } from '@playwright/test';
import { positiveCase, sampleCases } from '../../../generators/index.ts';
import type { Case } from '../../../engine/case/case.ts';
import { ctx, largestOperation as op, validator } from '../generationFixture.ts';
import { classifyCase } from './classifyCase.ts';

test('hand-made violations are each classified as their rule', () => {
  const [c] = sampleCases(positiveCase(op, ctx, { varyCase: false, extraBodyKeys: false }), { seed: 8, numRuns: 1 }) as [Case];
  const body = (c.body as { value: Record<string, unknown> }).value;
  const edit = (patch: Partial<Case>): string[] => classifyCase({ ...c, ...patch }, op, ctx, validator);
  expect(classifyCase(c, op, ctx, validator)).toEqual([]);
  expect(edit({ query: c.query.filter(([n]) => n !== 'apikey') })).toEqual(['missing-apikey']);
  expect(edit({ body: { kind: 'json', mediaType: 'application/json', value: { ...body, otp: 'abcdef' } } })).toEqual(['wrong-otp']);
  expect(edit({ body: { kind: 'json', mediaType: 'application/json', value: { ...body, otp: 7 } } })).toEqual(['wrong-type']);
  expect(edit({ body: { kind: 'raw', mediaType: 'application/json', text: '{' } })).toEqual(['malformed-json']);
  expect(edit({ headers: { Authorization: 'Basic x' }, query: c.query.filter(([n]) => n !== 'access_token') })).toEqual([
    'wrong-auth-scheme',
  ]);
  expect(edit({ path: '/other' })).toContain('unexplained:path');
});
