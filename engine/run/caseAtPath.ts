/**
 * The value fast-check produces at a replay path (`"7"` = 8th generated case, `"7:0:2"` = a shrunk
 * descendant of it), without running anything else. Used by replay mode.
 */
import fc from 'fast-check';

export function caseAtPath<T>(arbitrary: fc.Arbitrary<T>, seed: number, path: string): T {
  let captured: { value: T } | undefined;
  fc.check(
    fc.property(arbitrary, (value) => {
      captured ??= { value };
      return true;
    }),
    { seed, path, numRuns: 1 },
  );
  if (!captured)
    throw new Error(
      `runContractPhase: replay path ${JSON.stringify(path)} produced no case for seed ${seed}; copy seed and path from the report unchanged.`,
    );
  return captured.value;
}
