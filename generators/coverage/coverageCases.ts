/**
 * The coverage-first set of one operation, deterministic for identical inputs: every document
 * example, one case per applicable negative rule (its arbitrary's first sample at `seed`, in rule
 * order), and the boundary cases of its constrained fields. Positive cases use the positive role's
 * context, negative ones the negative role's, as the phases do.
 */
import * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import { applicableRules, negativeCase } from '../negative/negativeCase.ts';
import { outOfRange } from '../negative/rules/outOfRange.ts';
import { exampleCases } from '../operation/exampleCases.ts';
import type { GenerationContext } from '../operation/generationContext.ts';
import { boundaryCases } from './boundaryCases.ts';
import type { CoverageItem } from './coverageItem.ts';
import { responseClassOf } from './responseClassOf.ts';

export interface CoverageContexts<C> {
  /** Examples and inside boundaries: cases that must be accepted. */
  readonly positive: GenerationContext<C>;
  /** Rule cases and outside boundaries. */
  readonly negative: GenerationContext<C>;
}

export interface CoverageCasesOptions {
  /** Seed of every draw (rule cases, pinned boundary values). */
  readonly seed: number;
  /** Names of the rules to include. @defaultValue every rule that applies to the operation */
  readonly rules?: readonly string[];
}

export function coverageCases<C>(op: OperationSpec, contexts: CoverageContexts<C>, options: CoverageCasesOptions): CoverageItem[] {
  if (!Number.isInteger(options.seed))
    throw new Error(`coverageCases(${op.operationId}): options.seed must be an integer, got ${String(options.seed)}; pass the run's seed.`);
  const { seed } = options;
  const fixed = (c: Case) => ({ case: c, arbitrary: fc.constant(c), seed });
  const rules = applicableRules(op, contexts.negative).filter((r) => options.rules === undefined || options.rules.includes(r.name));
  const outside = rules.find((r) => r.name === outOfRange.name);
  const boundaries = (ctx: GenerationContext<C>, valid: boolean) =>
    boundaryCases(op, ctx, { seed }).filter((b) => b.valid === valid && (valid || outside !== undefined));
  return [
    ...exampleCases(op, contexts.positive).map(
      (c): CoverageItem => ({
        operationId: op.operationId,
        source: 'example',
        responseClass: 'success',
        sendsWrongOtp: false,
        ...fixed(c),
      }),
    ),
    ...boundaries(contexts.positive, true).map(
      (b): CoverageItem => ({
        operationId: op.operationId,
        source: 'boundary',
        responseClass: 'success',
        sendsWrongOtp: false,
        ...fixed(b.case),
      }),
    ),
    ...rules.map((rule): CoverageItem => {
      const arbitrary = negativeCase(op, contexts.negative, { rules: [rule.name] });
      return {
        operationId: op.operationId,
        source: 'rule',
        responseClass: responseClassOf(rule),
        rule: rule.name,
        sendsWrongOtp: rule.sendsWrongOtp === true,
        case: fc.sample(arbitrary, { seed, numRuns: 1 })[0]!,
        arbitrary,
        seed,
      };
    }),
    ...boundaries(contexts.negative, false).map(
      (b): CoverageItem => ({
        operationId: op.operationId,
        source: 'boundary',
        responseClass: responseClassOf(outside),
        rule: outOfRange.name,
        sendsWrongOtp: outside?.sendsWrongOtp === true,
        ...fixed(b.case),
      }),
    ),
  ];
}
