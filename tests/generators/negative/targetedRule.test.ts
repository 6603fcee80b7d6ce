/**
 * Law of targetedRule: a rule applies exactly where the operation offers a target, and its
 * mutation is built from exactly those targets; what the rule declares is kept as written.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { targetedRule } from '../../../generators/negative/targetedRule.ts';
import { ctx, operations } from '../generationFixture.ts';

test('law: applies iff there are targets; the mutation sees exactly the targets of that operation', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.string(), { maxLength: 3 }), { minLength: operations.length, maxLength: operations.length }),
      (lists) => {
        const seen: unknown[] = [];
        const rule = targetedRule({
          name: 'some-rule',
          family: 'schema',
          expected: 'a 400',
          sendsWrongOtp: true,
          targets: (op) => lists[operations.indexOf(op)]!,
          mutation: (targets) => {
            seen.push(targets);
            return fc.constant({ detail: 'd', apply: (c) => c });
          },
        });
        expect(rule).toMatchObject({ name: 'some-rule', family: 'schema', expected: 'a 400', sendsWrongOtp: true });
        expect('targets' in rule).toBe(false);
        operations.forEach((op, i) => {
          expect(rule.applies(op, ctx)).toBe(lists[i]!.length > 0);
          rule.mutation(op, ctx);
          expect(seen.at(-1)).toEqual(lists[i]);
        });
      },
    ),
    { numRuns: 50 },
  );
});
