/**
 * Reproducible samples: the same (seed, numRuns) and the same clock give the same cases.
 *
 * Replaying one case from a failing property: fast-check reports `seed` and `counterexamplePath`;
 * run the same arbitrary again with
 *   fc.assert(fc.property(arb, predicate), { seed, path: counterexamplePath, endOnFailure: true })
 * which regenerates exactly that (shrunk) case. TOTP codes are recomputed from ctx.clock at replay,
 * so a replayed positive case carries a fresh, valid code.
 */
import * as fc from 'fast-check';

export interface SampleCasesOptions {
  /** The fast-check seed (a 32-bit integer). */
  readonly seed: number;
  /** How many values. @defaultValue 100 */
  readonly numRuns?: number;
}

export function sampleCases<T>(arb: fc.Arbitrary<T>, options: SampleCasesOptions): T[] {
  const numRuns = options.numRuns ?? 100;
  if (!Number.isInteger(options.seed))
    throw new Error(`sampleCases: seed must be an integer (got ${String(options.seed)}); pass the seed fast-check reported.`);
  if (!Number.isInteger(numRuns) || numRuns < 1)
    throw new Error(`sampleCases: numRuns must be a positive integer (got ${String(numRuns)}).`);
  return fc.sample(arb, { seed: options.seed, numRuns });
}
