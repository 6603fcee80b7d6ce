/** The most mock request-log entries that fall in any 1000 ms window [t, t + 1000): the peak rate a target saw. */
import type { RequestLogEntry } from '../../mock/state/requestLog.ts';

export function maxPerSecond(log: readonly RequestLogEntry[]): number {
  const times = log.map((e) => Date.parse(e.time)).sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i]! - times[j]! >= 1000) j += 1;
    max = Math.max(max, i - j + 1);
  }
  return max;
}
