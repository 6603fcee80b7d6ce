import { test, expect } from '@playwright/test';
import { recordBaseline } from './recordWithErrorCodes.ts';
import { compareBaseline } from '../../../engine/baseline/compareBaseline.ts';
import { aCase, envelopeOf, respond } from '../checks/fixtures.ts';

const ok = (body: unknown) => respond(aCase(), 200, body);
const base = recordBaseline([ok({ A: 'x', B: 1, N: 'n', Items: [{ Name: 'a' }] }), respond(aCase(), 403, envelopeOf(905))]);
const kinds = (observed: ReturnType<typeof recordBaseline>) => {
  const r = compareBaseline(base, observed);
  return {
    breaking: r.breaking.map((c) => `${c.kind} ${c.pointer ?? c.after ?? c.status}`),
    additive: r.additive.map((c) => `${c.kind} ${c.pointer}`),
  };
};

test('a baseline compared with itself has no changes', () => {
  expect(compareBaseline(base, base)).toEqual({ breaking: [], additive: [] });
});

test('removed field, type change, became-nullable, new code and new status are breaking', () => {
  expect(kinds(recordBaseline([ok({ A: 'x', N: 'n', Items: [] })])).breaking).toEqual(['removed-field /B']);
  expect(kinds(recordBaseline([ok({ A: 'x', B: '1', N: 'n', Items: [] })])).breaking).toEqual(['type-change /B']);
  expect(kinds(recordBaseline([ok({ A: 'x', B: 1, N: null, Items: [] })])).breaking).toEqual(['became-nullable /N']);
  expect(kinds(recordBaseline([respond(aCase(), 403, envelopeOf(906))])).breaking).toEqual(['new-error-code 906']);
  expect(kinds(recordBaseline([respond(aCase(), 500, envelopeOf(950))])).breaking).toEqual(['new-status 500']);
  expect(kinds(recordBaseline([ok({ A: 'x', B: 1, N: 'n' }), ok({ B: 2, N: 'n' })])).breaking).toEqual([
    'became-optional /A',
    'removed-field /Items',
  ]);
});

test('a new field is additive (top-most pointer only); unobserved statuses are not removals', () => {
  const r = kinds(recordBaseline([ok({ A: 'x', B: 1, N: 'n', Items: [], Extra: { Deep: 1 } })]));
  expect(r).toEqual({ breaking: [], additive: ['new-field /Extra'] });
});

test('a documented ambiguity answered in a form the baseline never saw is a breaking form-change', async () => {
  const { createBaselineRecorder } = await import('../../../engine/baseline/baseline.ts');
  const record = (form: string) => {
    const recorder = createBaselineRecorder({ formsOf: () => [{ id: 'D9-country', form }] });
    recorder.add(ok({ A: 'x' }));
    return recorder.baseline();
  };
  const before = record('legacy-string');
  expect(before.operations.mfaReAuthenticate?.['200']?.forms).toEqual({ 'D9-country': ['legacy-string'] });
  const r = compareBaseline(before, record('sdk-object'));
  expect(r.breaking.map((c) => `${c.kind} ${c.after}`)).toEqual(['form-change D9-country: sdk-object']);
  expect(compareBaseline(before, record('legacy-string')).breaking).toEqual([]);
  // A baseline recorded without forms is no evidence of a switch.
  expect(compareBaseline(recordBaseline([ok({ A: 'x' })]), record('sdk-object')).breaking).toEqual([]);
});
