/**
 * The coverage part of the contract report: every item of the coverage universe with what the run
 * did with it, and the totals the console line and `LR_MIN_COVERAGE` read.
 */
import type { CoverageExample, CoverageFlow, CoverageRule, DocumentedResponse } from '../engine/coverage/coverageUniverse.ts';

/** observed · not observed (reachable, the run did not get there) · unreachable under this configuration. */
export type CoverageState = 'observed' | 'not-observed' | 'unreachable';

export type Covered<T> = T & { readonly state: CoverageState; readonly count: number };

export interface CoverageTotal {
  readonly covered: number;
  /** Items the configuration can reach: the denominator. */
  readonly reachable: number;
  readonly unreachable: number;
}

export interface CoverageReport {
  readonly responses: readonly Covered<DocumentedResponse>[];
  readonly rules: readonly Covered<CoverageRule>[];
  readonly examples: readonly Covered<CoverageExample>[];
  readonly flows: readonly Covered<CoverageFlow>[];
  readonly totals: {
    readonly responses: CoverageTotal;
    readonly rules: CoverageTotal;
    readonly examples: CoverageTotal;
    readonly flows: CoverageTotal;
  };
  /** Covered share of the reachable documented responses, 0–100, one decimal. */
  readonly percent: number;
  /** `LR_MIN_COVERAGE` when set. */
  readonly minimum?: number;
  readonly belowMinimum: boolean;
}
