/**
 * Law of valueRule: every mutation puts the drawn value at its target (the body property, or the
 * query parameter after `reveal`) and changes nothing else; the detail names the target and why.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import type { Case } from '../../../engine/case/case.ts';
import { valueRule, type ValueTarget } from '../../../generators/negative/valueRule.ts';
import { ctx, largestOperation } from '../generationFixture.ts';

const positive: Case = {
  operationId: 'op',
  method: 'PUT',
  path: '/p',
  query: [
    ['apikey', 'k'],
    ['Limit', '5'],
  ],
  headers: { Authorization: 'Bearer t' },
  body: { kind: 'json', value: { otp: '123456', Extra: 1 }, mediaType: 'application/json' },
  label: { kind: 'positive' },
};

// The reason is the value itself, so the detail tells which value was drawn.
const values = fc.string().map((value) => ({ value, why: value }));
const target: fc.Arbitrary<ValueTarget> = fc.oneof(
  fc.record({ where: fc.constant('body' as const), name: fc.constantFrom('otp', 'extra', 'new'), values: fc.constant(values) }),
  fc.record({
    where: fc.constant('query' as const),
    name: fc.constantFrom('limit', 'other'),
    values: fc.constant(values),
    reveal: fc.constant((c: Case): Case => ({ ...c, headers: {} })),
  }),
);
const same = (a: string) => (b: string) => a.toLowerCase() === b.toLowerCase();

test('law: the value lands at the target and nowhere else', () => {
  fc.assert(
    fc.property(
      fc
        .array(target, { minLength: 1, maxLength: 4 })
        .chain((targets) =>
          fc.tuple(
            fc.constant(targets),
            valueRule({ name: 'bad-value', expected: 'a 400', targets: () => targets }).mutation(largestOperation, ctx),
          ),
        ),
      ([targets, m]) => {
        const t = targets.find((x) => m.detail.startsWith(`${x.where} ${x.name}: `))!;
        const value = m.detail.slice(`${t.where} ${t.name}: `.length);
        const c = m.apply(positive);
        const before = (positive.body as { value: Record<string, unknown> }).value;
        if (t.where === 'body') {
          const body = (c.body as { value: Record<string, unknown> }).value;
          expect(body).toEqual({ ...Object.fromEntries(Object.entries(before).filter(([k]) => !same(k)(t.name))), [t.name]: value });
          expect({ query: c.query, headers: c.headers }).toEqual({ query: positive.query, headers: positive.headers });
        } else {
          expect(c.query.filter(([n]) => same(n)(t.name)).map(([, v]) => v)).toEqual([value]);
          expect(c.query.filter(([n]) => !same(n)(t.name))).toEqual(positive.query.filter(([n]) => !same(n)(t.name)));
          expect({ headers: c.headers, body: c.body }).toEqual({ headers: {}, body: positive.body });
        }
      },
    ),
  );
});
