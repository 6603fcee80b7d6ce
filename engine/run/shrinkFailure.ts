/**
 * Shrinks one distinct failure with fast-check: replay the arbitrary from the failing case's path
 * and keep only candidates that reproduce the SAME failure (same dedupKey), so shrinking never
 * drifts to another bug. Every candidate is a real request, hence the send and time budgets.
 */
import fc from 'fast-check';
import type { Case } from '../case/case.ts';
import type { Exchange } from '../transport/exchange.ts';
import type { CheckResult } from '../checks/types.ts';

export interface ShrinkInput {
  readonly arbitrary: fc.Arbitrary<Case>;
  readonly seed: number;
  readonly path: string;
  readonly dedupKey: string;
  readonly check: string;
  readonly send: (c: Case) => Promise<Exchange>;
  readonly judge: (exchange: Exchange) => ReadonlyMap<string, CheckResult>;
  readonly maxSends: number;
  readonly timeLimitMs: number;
}

export interface ShrinkOutcome {
  /** False when replaying the path did not reproduce the failure (flaky/stateful target). */
  readonly reproduced: boolean;
  readonly exchange: Exchange | undefined;
  readonly path: string;
  readonly sends: number;
  readonly shrinks: number;
}

export async function shrinkFailure(input: ShrinkInput): Promise<ShrinkOutcome> {
  let sends = 0;
  let lastFailing: Exchange | undefined;
  const reproduces = (exchange: Exchange): boolean => {
    const result = input.judge(exchange).get(input.check);
    return result?.status === 'failed' && result.failures.some((f) => f.dedupKey === input.dedupKey);
  };
  const property = fc.asyncProperty(input.arbitrary, async (c) => {
    // Out of budget: report "not reproduced" so fast-check stops descending and keeps the best so far.
    if (sends >= input.maxSends) return true;
    sends += 1;
    const exchange = await input.send(c);
    if (!reproduces(exchange)) return true;
    lastFailing = exchange; // the last failing candidate is always fast-check's final counterexample
    return false;
  });
  const details = await fc.check(property, {
    seed: input.seed,
    path: input.path,
    numRuns: 1,
    interruptAfterTimeLimit: input.timeLimitMs,
    markInterruptAsFailure: false,
  });
  if (!details.failed || lastFailing === undefined) return { reproduced: false, exchange: undefined, path: input.path, sends, shrinks: 0 };
  return { reproduced: true, exchange: lastFailing, path: details.counterexamplePath ?? input.path, sends, shrinks: details.numShrinks };
}
