/**
 * Small statistics for the bench: the median of repeated measurements, and the A B A B … schedule
 * that makes slow drift of a shared machine hit every measurement alike.
 */

/** Median of finite numbers (mean of the middle two for an even count). Throws on an empty list. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) throw new Error('median: no finite values; measure at least once before summarising');
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The alternated schedule: `rounds` rounds, each running every measurement once in the given order
 * (A B C, A B C, …), so no measurement always runs on a fresher or more loaded machine.
 */
export function alternate<T>(measurements: readonly T[], rounds: number): Array<{ round: number; item: T }> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`alternate: rounds must be an integer >= 1, got ${String(rounds)}`);
  const out: Array<{ round: number; item: T }> = [];
  for (let round = 0; round < rounds; round += 1) for (const item of measurements) out.push({ round, item });
  return out;
}

/** a / b, or null when either side is missing or b is 0 (a ratio that cannot be computed is not 0). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}
