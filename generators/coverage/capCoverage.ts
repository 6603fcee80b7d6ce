/**
 * Caps on an ordered coverage set: each cap counts the items it `counts` and keeps the first `max`
 * of them; an item over any cap is left out with that cap's reason (so a report can name it),
 * and the rest keep their order.
 */
export interface CoverageCap<T> {
  readonly max: number;
  readonly counts: (item: T) => boolean;
  /** Why an item over this cap is not sent, for reports. */
  readonly reason: string;
}

export interface CappedCoverage<T> {
  readonly kept: T[];
  readonly left: Array<{ readonly item: T; readonly reason: string }>;
}

export function capCoverage<T>(ordered: readonly T[], caps: readonly CoverageCap<T>[]): CappedCoverage<T> {
  for (const cap of caps)
    if (!Number.isInteger(cap.max) || cap.max < 0)
      throw new Error(`capCoverage: a cap's max must be an integer >= 0, got ${String(cap.max)} (${cap.reason}).`);
  const used = caps.map(() => 0);
  const kept: T[] = [];
  const left: Array<{ item: T; reason: string }> = [];
  for (const item of ordered) {
    const over = caps.findIndex((cap, i) => cap.counts(item) && used[i]! >= cap.max);
    if (over >= 0) {
      left.push({ item, reason: caps[over]!.reason });
      continue;
    }
    caps.forEach((cap, i) => {
      if (cap.counts(item)) used[i]! += 1;
    });
    kept.push(item);
  }
  return { kept, left };
}
