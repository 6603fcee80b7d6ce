/**
 * Law of partOnlyIn: a finding exactly when the rule's side has the part, the other side does not
 * and `when` holds; it points where the part is used (its origin before a `$ref`), on that side.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import type { PartContext } from '../../../../engine/specDiff/DiffRule.ts';
import { partOnlyIn } from '../../../../engine/specDiff/rules/partOnlyIn.ts';
import { REAL } from '../specDiffFixture.ts';

const part = fc.option(
  fc.record({ node: fc.constant({}), at: fc.constantFrom('#/a', '#/b'), origin: fc.option(fc.constant('#/used'), { nil: undefined }) }),
  { nil: undefined },
);

test('law: one finding exactly when only the side has the part and `when` holds', () => {
  fc.assert(
    fc.property(fc.constantFrom('old' as const, 'new' as const), part, part, fc.boolean(), (side, old, now, holds) => {
      const ctx = { key: '200', old, new: now, options: {}, oldSource: REAL, newSource: REAL } as unknown as PartContext;
      const found = partOnlyIn(
        side,
        (key) => `status ${key}`,
        () => holds,
      )(ctx);
      const [here, there] = side === 'old' ? [old, now] : [now, old];
      if (here === undefined || there !== undefined || !holds) expect(found).toEqual([]);
      else expect(found).toEqual([{ in: side, pointer: here.origin ?? here.at, message: 'status 200' }]);
    }),
  );
});
