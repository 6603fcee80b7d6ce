/**
 * Laws of membersOnlyIn: the old side's findings are exactly the members the new side lacks, in the
 * old side's order and at their own pointers; the new side's are the same with the sides swapped.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import type { Finding } from '../../../../engine/specDiff/DiffRule.ts';
import { membersOnlyIn, type Members } from '../../../../engine/specDiff/rules/membersOnlyIn.ts';

type Pair = { old: Members; new: Members };
const members = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 })
  .map((keys): Members => new Map(keys.map((k, i) => [k, `#/x/${k}/${i}`])));
const both = fc.record({ old: members, new: members });
// The message is the key itself, so a finding names the member it is about.
const detect = (side: 'old' | 'new') =>
  membersOnlyIn(
    side,
    (pair: Pair) => pair,
    (_, key) => key,
  );
const flip = (f: Finding): Finding => ({ ...f, in: f.in === 'old' ? 'new' : 'old' });

test('law: the removed members are the old ones the new side lacks, in order, at their old pointers', () => {
  fc.assert(
    fc.property(both, (pair) => {
      const removed = detect('old')(pair);
      const expected = [...pair.old].filter(([key]) => !pair.new.has(key));
      expect(removed).toEqual(expected.map(([key, pointer]) => ({ in: 'old', pointer, message: key })));
    }),
  );
});

test('law: additions are removals with the sides swapped', () => {
  fc.assert(
    fc.property(both, (pair) => {
      expect(detect('new')(pair)).toEqual(detect('old')({ old: pair.new, new: pair.old }).map(flip));
    }),
  );
});

test('a pair that cannot be compared has no findings', () => {
  expect(
    membersOnlyIn(
      'old',
      () => undefined,
      () => 'never',
    )({}),
  ).toEqual([]);
});
