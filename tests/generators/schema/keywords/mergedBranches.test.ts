/**
 * Law of mergedBranches: one schema per branch, in order, each the branch with every sibling
 * keyword merged in (and the combinator itself gone); an empty list is an error naming the keyword.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { mergedBranches } from '../../../../generators/schema/keywords/mergedBranches.ts';
import type { SchemaBuildContext } from '../../../../generators/schema/keywordDefinition.ts';

const ctx = { options: { resolveRef: () => ({}) } } as unknown as SchemaBuildContext;
const siblings = fc.record(
  { type: fc.constant('string'), minLength: fc.integer({ min: 0, max: 5 }), pattern: fc.constant('^a') },
  { requiredKeys: [] },
);
const branch = fc.record({ maxLength: fc.integer({ min: 6, max: 9 }), format: fc.constant('email') }, { requiredKeys: [] });

test('law: each branch keeps its keywords and gains the siblings', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('anyOf' as const, 'oneOf' as const),
      siblings,
      fc.array(branch, { minLength: 1, maxLength: 4 }),
      (keyword, rest, branches) => {
        const merged = mergedBranches({ ...rest, [keyword]: branches }, keyword, ctx);
        expect(merged).toHaveLength(branches.length);
        merged.forEach((m, i) => {
          expect(m).toEqual({ ...rest, ...branches[i] });
          expect(m).not.toHaveProperty(keyword);
        });
      },
    ),
  );
});

test('an empty list admits no value', () => {
  expect(() => mergedBranches({ oneOf: [] }, 'oneOf', ctx)).toThrow('`oneOf: []` admits no value');
});
