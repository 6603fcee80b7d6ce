/**
 * Operation → arbitrary of negative `Case`s: a positive case with exactly one rule broken,
 * labelled `{ kind: 'negative', rule, detail }`. Built as map over (positive, mutation) tuples,
 * so fast-check shrinks both the positive base and the mutation.
 */
import * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import { positiveCase, type PositiveCaseOptions } from '../operation/positiveCase.ts';
import type { GenerationContext } from '../operation/generationContext.ts';
import type { NegativeRule } from './negativeRule.ts';

export interface NegativeCaseOptions {
  /** Rule names to draw from. @defaultValue every rule that applies to the operation */
  readonly rules?: readonly string[];
  /** The rule list. @defaultValue the vendor profile's (`ctx.profile.negativeRules`) */
  readonly ruleList?: readonly NegativeRule<never>[];
  /** Options of the positive base case. @defaultValue {} */
  readonly positive?: PositiveCaseOptions;
}

/** The rules of `ruleList` that apply to `op`, in list order. */
export function applicableRules<C>(
  op: OperationSpec,
  ctx: GenerationContext<C>,
  ruleList: readonly NegativeRule<C>[] = ctx.profile.negativeRules,
): NegativeRule<C>[] {
  return ruleList.filter((r) => r.applies(op, ctx));
}

export function negativeCase<C>(op: OperationSpec, ctx: GenerationContext<C>, options: NegativeCaseOptions = {}): fc.Arbitrary<Case> {
  const list: readonly NegativeRule<C>[] = options.ruleList ?? ctx.profile.negativeRules;
  const applicable = applicableRules(op, ctx, list);
  let chosen = applicable;
  if (options.rules !== undefined) {
    const unknown = options.rules.filter((n) => !list.some((r) => r.name === n));
    const inapplicable = options.rules.filter((n) => list.some((r) => r.name === n) && !applicable.some((r) => r.name === n));
    if (unknown.length > 0 || inapplicable.length > 0 || options.rules.length === 0)
      throw new Error(
        `negativeCase(${op.operationId}): ${[
          unknown.length > 0 ? `unknown rule(s) ${unknown.join(', ')}` : '',
          inapplicable.length > 0 ? `rule(s) ${inapplicable.join(', ')} do not apply to this operation or credentials` : '',
          options.rules.length === 0 ? 'options.rules is empty' : '',
        ]
          .filter(Boolean)
          .join('; ')}. Choose from: ${applicable.map((r) => r.name).join(', ')}.`,
      );
    chosen = applicable.filter((r) => options.rules!.includes(r.name));
  }
  if (chosen.length === 0)
    throw new Error(`negativeCase(${op.operationId}): no negative rule applies; check the operation and credentials.`);
  const base = positiveCase(op, ctx, options.positive);
  return fc.oneof(
    ...chosen.map((rule) =>
      fc.tuple(base, rule.mutation(op, ctx)).map(
        ([positive, m]): Case => ({
          ...m.apply(positive),
          label: { kind: 'negative', rule: rule.name, detail: m.detail, ...(rule.isAuthRule === true ? { isAuthRule: true } : {}) },
        }),
      ),
    ),
  );
}
