/**
 * Laws of an operation's coverage-first set, on the LoginRadius document (the pack's rule list) and
 * on the widgets fixture (generic rules, boundary cases): every applicable rule exactly once and
 * every example, each rule case the first sample of that rule's own arbitrary, classes read from
 * what the rules declare, and the same set for the same inputs.
 */
import { test, expect } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { coverageCases } from '../../../generators/coverage/coverageCases.ts';
import { applicableRules, exampleCases, genericGenerationContext } from '../../../generators/index.ts';
import { loginRadiusGenerationContext } from '../../../loginradius/index.ts';
import { loadMockCredentials } from '../../../loginradius/config/mockCredentials.ts';
import { DEFAULT_FIXTURE_PATH } from '../../../mock/fixtures/loadFixture.ts';
import { contract, ctx, FIXED_NOW, operations } from '../generationFixture.ts';

const roles = loadMockCredentials(DEFAULT_FIXTURE_PATH, 'Suspend').credentials;
const contexts = { positive: loginRadiusGenerationContext(contract, roles.positive, () => FIXED_NOW), negative: ctx };
const widgets = loadContract(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'fixtures', 'widgets.yaml'));
const generic = genericGenerationContext(widgets, () => 0);
const all = [
  ...operations.map((op) => ({ op, contexts })),
  ...[...widgets.operations.values()].map((op) => ({ op, contexts: { positive: generic, negative: generic } })),
];

test('law: every applicable rule exactly once (in rule order), every example exactly once', () => {
  for (const { op, contexts: c } of all) {
    const items = coverageCases(op, c as typeof contexts, { seed: 5 });
    const ruleItems = items.filter((i) => i.source === 'rule');
    expect(
      ruleItems.map((i) => i.rule),
      op.operationId,
    ).toEqual(applicableRules(op, c.negative).map((r) => r.name));
    const examples = items.filter((i) => i.source === 'example');
    expect(examples.map((i) => i.case)).toEqual(exampleCases(op, c.positive));
    for (const i of ruleItems) expect(i.case.label).toMatchObject({ kind: 'negative', rule: i.rule });
  }
});

test('law: a rule case is the first sample of its rule alone at the seed; class and sendsWrongOtp come from its declarations', () => {
  for (const { op, contexts: c } of all) {
    const rules = new Map(applicableRules(op, c.negative).map((r) => [r.name, r]));
    for (const item of coverageCases(op, c as typeof contexts, { seed: 8 })) {
      expect(fc.sample(item.arbitrary, { seed: item.seed, numRuns: 1 })[0]).toEqual(item.case);
      if (item.source !== 'rule') {
        expect(item.responseClass).toBe(item.case.label.kind === 'positive' ? 'success' : 'schema');
        continue;
      }
      const rule = rules.get(item.rule!)!;
      expect(item.sendsWrongOtp).toBe(rule.sendsWrongOtp === true);
      const expected = rule.sendsWrongOtp ? 'wrong-code' : rule.isAuthRule ? 'auth' : rule.family === 'http' ? 'message' : rule.family;
      expect(item.responseClass, rule.name).toBe(expected);
    }
  }
});

test('law: identical inputs give the identical set; another seed may draw other rule cases but the same rules', () => {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      for (const { op, contexts: c } of all) {
        const a = coverageCases(op, c as typeof contexts, { seed }).map((i) => i.case);
        expect(coverageCases(op, c as typeof contexts, { seed }).map((i) => i.case)).toEqual(a);
        expect(coverageCases(op, c as typeof contexts, { seed: seed ^ 1 }).map((i) => i.case.label.kind)).toEqual(
          a.map((x) => x.label.kind),
        );
      }
    }),
    { numRuns: 10, seed: 21 },
  );
});

test('boundary cases join the set: inside ones as successes, outside ones as out-of-range cases; options.rules narrows the rules', () => {
  const op = widgets.operation('createWidget');
  const items = coverageCases(op, { positive: generic, negative: generic }, { seed: 2 });
  const boundaries = items.filter((i) => i.source === 'boundary');
  expect(boundaries.filter((i) => i.responseClass === 'success')).toHaveLength(4);
  expect(boundaries.filter((i) => i.rule === 'out-of-range')).toHaveLength(4);
  const narrowed = coverageCases(op, { positive: generic, negative: generic }, { seed: 2, rules: ['malformed-json'] });
  expect(narrowed.filter((i) => i.source === 'rule').map((i) => i.rule)).toEqual(['malformed-json']);
  // Without the out-of-range rule there is no rule to name an outside edge: only inside edges remain.
  expect(narrowed.filter((i) => i.source === 'boundary').every((i) => i.responseClass === 'success')).toBe(true);
  expect(() => coverageCases(op, { positive: generic, negative: generic }, { seed: 1.5 })).toThrow(/options\.seed must be an integer/);
});
