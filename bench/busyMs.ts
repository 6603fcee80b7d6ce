/**
 * How long a run's tests kept the engine busy: the union of their [start, start + elapsed] spans.
 * Tests run at once, so adding their elapsed times would count shared time twice. A phase without
 * a start time (a report from older records) makes the answer the plain sum, as it used to be.
 */
export interface TimedSpan {
  readonly ms: number;
  readonly startedAt?: number | undefined;
}

export function busyMs(spans: readonly TimedSpan[]): number {
  if (!spans.every((s) => s.startedAt !== undefined)) return spans.reduce((n, s) => n + s.ms, 0);
  const sorted = spans.map((s) => [s.startedAt!, s.startedAt! + s.ms] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let open: [number, number] | undefined;
  for (const [start, end] of sorted) {
    if (open !== undefined && start <= open[1]) open[1] = Math.max(open[1], end);
    else {
      if (open !== undefined) total += open[1] - open[0];
      open = [start, end];
    }
  }
  return open === undefined ? total : total + open[1] - open[0];
}
