import { test, expect } from '@playwright/test';
import { recordBaseline } from './recordWithErrorCodes.ts';
import { compareBaseline } from '../../../engine/baseline/compareBaseline.ts';
import { aCase, envelopeOf, respond } from '../checks/fixtures.ts';
import { recordBaseline as recordWith } from '../../../engine/baseline/baseline.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';

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
  expect(before.operations.mfaReAuthenticate?.['200']?.['any']?.forms).toEqual({ 'D9-country': ['legacy-string'] });
  const r = compareBaseline(before, record('sdk-object'));
  expect(r.breaking.map((c) => `${c.kind} ${c.after}`)).toEqual(['form-change D9-country: sdk-object']);
  expect(compareBaseline(before, record('legacy-string')).breaking).toEqual([]);
  // A baseline recorded without forms is no evidence of a switch.
  expect(compareBaseline(recordBaseline([ok({ A: 'x' })]), record('sdk-object')).breaking).toEqual([]);
});

test('per request class: a field the full class always sent is breaking when gone there, projections stay clean', () => {
  const full = (body: unknown) => respond(aCase({ query: [] }), 200, body);
  const projected = (body: unknown) => respond(aCase({ query: [['fields', 'A']] }), 200, body);
  const byQuery = ({ case: c }: Exchange) => (c.query.length > 0 ? 'projected' : 'full');
  const record = (exchanges: Exchange[]) => recordWith(exchanges, { classOf: byQuery });
  const before = record([full({ A: 1, B: 2 }), projected({ A: 1 }), projected({})]);
  const emptied = compareBaseline(before, record([full({}), projected({})]));
  expect(emptied.breaking.map((c) => `${c.kind} ${c.requestClass} ${c.pointer}`)).toEqual([
    'removed-field full /A',
    'removed-field full /B',
  ]);
  expect(emptied.breaking[0]?.message).toBe('mfaReAuthenticate 200 (full): field /A is gone');
  expect(compareBaseline(before, record([full({ A: 1, B: 2 }), projected({ B: 2 })])).breaking).toEqual([]);
  // One class for every request: the projections made every field optional, so the loss went unseen.
  const blind = compareBaseline(recordWith([full({ A: 1, B: 2 }), projected({})]), recordWith([full({})]));
  expect(blind.breaking).toEqual([]);
});

test('a class the baseline never recorded is compared with the union of the recorded ones', () => {
  const classed = (requestClass: string, body: unknown) => ({ ...respond(aCase(), 200, body), requestClass });
  const record = (exchanges: Array<Exchange & { requestClass: string }>) =>
    recordWith(exchanges, { classOf: (e) => (e as Exchange & { requestClass: string }).requestClass });
  const before = record([classed('a', { A: 1 }), classed('b', { A: 2, B: 'x' })]);
  const r = compareBaseline(before, record([classed('c', { A: 'now a string' })]));
  expect(r.breaking.map((c) => `${c.kind} ${c.requestClass} ${c.pointer}`)).toEqual(['type-change c /A']);
});

test("error codes are compared within a recorded class only: a rule's new code is breaking, a class never sent proves nothing by its codes", () => {
  const answer = (requestClass: string, code: number) => ({ ...respond(aCase(), 403, envelopeOf(code)), requestClass });
  const record = (exchanges: Array<Exchange & { requestClass: string }>) =>
    recordWith(exchanges, {
      classOf: (e) => (e as Exchange & { requestClass: string }).requestClass,
      errorCodeOf: (body) => (body as { ErrorCode?: number }).ErrorCode,
    });
  const before = record([answer('rule:missing-apikey', 901), answer('rule:wrong-otp', 1067)]);
  const sameRuleNewCode = compareBaseline(before, record([answer('rule:wrong-otp', 1134)]));
  expect(sameRuleNewCode.breaking.map((c) => `${c.kind} ${c.requestClass} ${c.after}`)).toEqual(['new-error-code rule:wrong-otp 1134']);
  expect(compareBaseline(before, record([answer('rule:wrong-type', 1134)])).breaking).toEqual([]);
});
