/**
 * A generic rule over the targets an operation offers (required fields, bounded or typed values):
 * it applies where there is at least one, and its mutation draws from them.
 */
import type * as fc from 'fast-check';
import type { OperationSpec } from '../../engine/contract/types.ts';
import type { GenerationContext } from '../operation/generationContext.ts';
import type { Mutation, NegativeRule } from './negativeRule.ts';

export interface TargetedRule<T> extends Omit<NegativeRule, 'applies' | 'mutation'> {
  readonly targets: (op: OperationSpec, ctx: GenerationContext) => readonly T[];
  /** Gets a non-empty list. Build the arbitraries once per target here (fc.chain would rebuild them for every case). */
  readonly mutation: (targets: readonly T[]) => fc.Arbitrary<Mutation>;
}

export function targetedRule<T>({ targets, mutation, ...declaration }: TargetedRule<T>): NegativeRule {
  return {
    ...declaration,
    applies: (op, ctx) => targets(op, ctx).length > 0,
    mutation: (op, ctx) => mutation(targets(op, ctx)),
  };
}
