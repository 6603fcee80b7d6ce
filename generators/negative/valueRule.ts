/**
 * A value rule (out-of-range, wrong-format): a schema rule that puts a bad value at one target, a
 * body property or a query parameter, each with its own arbitrary of bad values and why they are bad.
 */
import * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import { withQuery } from '../operation/caseEdits.ts';
import { withBodyKey } from './bodyEdits.ts';
import type { Mutation, NegativeRule } from './negativeRule.ts';
import { targetedRule, type TargetedRule } from './targetedRule.ts';

export interface ValueTarget {
  readonly where: 'body' | 'query';
  readonly name: string;
  /** Query values are sent as text: give strings there. */
  readonly values: fc.Arbitrary<{ readonly value: unknown; readonly why: string }>;
  /** Clears what would hide the value (a header that wins over the query parameter). */
  readonly reveal?: (c: Case) => Case;
}

/** One target at a time; the detail names it and why its value is bad. */
function badValueAt(targets: readonly ValueTarget[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...targets.map((t) =>
      t.values.map(({ value, why }) => ({
        detail: `${t.where} ${t.name}: ${why}`,
        apply: (positive: Case) => {
          const c = t.reveal === undefined ? positive : t.reveal(positive);
          return t.where === 'body' ? withBodyKey(c, t.name, value) : withQuery(c, t.name, value as string);
        },
      })),
    ),
  );
}

export function valueRule(rule: Pick<TargetedRule<ValueTarget>, 'name' | 'expected' | 'targets'>): NegativeRule {
  return targetedRule({ name: rule.name, family: 'schema', expected: rule.expected, targets: rule.targets, mutation: badValueAt });
}
