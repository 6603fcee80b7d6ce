/** One case of an operation's coverage-first set, with where it comes from and how to regenerate it. */
import type * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationId } from '../../engine/contract/types.ts';
import type { ResponseClass } from './responseClassOf.ts';

export interface CoverageItem {
  readonly operationId: OperationId;
  /** A document example, one negative rule's case, or an edge of a constrained field. */
  readonly source: 'example' | 'rule' | 'boundary';
  readonly responseClass: ResponseClass;
  /** The rule the case breaks (rule items and outside boundaries). */
  readonly rule?: string;
  /** The rule declares that its cases can reach the one-time-code check with a wrong code. */
  readonly sendsWrongOtp: boolean;
  readonly case: Case;
  /**
   * `case` is the first sample of this arbitrary at `seed`: a phase that sends it through the run
   * loop (numRuns 1, this seed) sends the same request, and can shrink and replay it.
   */
  readonly arbitrary: fc.Arbitrary<Case>;
  readonly seed: number;
}
