/**
 * Groups failures by `dedupKey`: one entry per distinct bug with its occurrence count and the
 * first case (index + exchange) that showed it, which is where shrinking starts.
 */
import type { Failure, CheckResult } from '../checks/types.ts';
import type { Exchange } from '../transport/exchange.ts';

interface FailureGroup {
  readonly failure: Failure;
  occurrences: number;
  /** fast-check path of the first case that showed it (the sample index during exploration). */
  readonly path: string;
  readonly exchange: Exchange;
}

export interface FailureGroups {
  add(results: ReadonlyMap<string, CheckResult>, path: string, exchange: Exchange): void;
  /** In order of first appearance. */
  groups(): FailureGroup[];
}

export function createFailureGroups(): FailureGroups {
  const byKey = new Map<string, FailureGroup>();
  return {
    add(results, path, exchange) {
      for (const result of results.values()) {
        if (result.status !== 'failed') continue;
        for (const failure of result.failures) {
          const group = byKey.get(failure.dedupKey);
          if (group) group.occurrences += 1;
          else byKey.set(failure.dedupKey, { failure, occurrences: 1, path, exchange });
        }
      }
    },
    groups: () => [...byKey.values()],
  };
}
