/**
 * Several records of one phase as one (the coverage-first test sends each case as its own run, and
 * reports it once per operation): counts summed, tallies summed per operation × check, a failure
 * seen in several records kept once with its occurrences summed (the first counterexample stands),
 * observations summed per what they reached.
 */
import type { CheckTally, ContractRecord, FailureRecord, Observation } from './contractRecord.ts';

function sumBy<T>(items: readonly T[], key: (t: T) => string, add: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const seen = out.get(k);
    out.set(k, seen === undefined ? item : add(seen, item));
  }
  return [...out.values()];
}

/** The merged phase's time: from the first start to the last end when every record says when it started. */
function span(records: readonly ContractRecord[]): Pick<ContractRecord, 'elapsedMs' | 'startedAt'> {
  const starts = records.map((r) => r.startedAt);
  if (!starts.every((s): s is number => s !== undefined)) return { elapsedMs: Math.max(...records.map((r) => r.elapsedMs)) };
  const startedAt = Math.min(...starts);
  return { startedAt, elapsedMs: Math.max(...records.map((r, i) => starts[i]! + r.elapsedMs)) - startedAt };
}

export function mergeRecords(title: string, records: readonly ContractRecord[]): ContractRecord {
  const first = records[0];
  if (first === undefined) throw new Error(`mergeRecords: "${title}" has no records to merge; merge at least one`);
  const sum = (pick: (r: ContractRecord) => number | undefined) => records.reduce((n, r) => n + (pick(r) ?? 0), 0);
  const operations = new Set(records.map((r) => r.operationId));
  const tallies = sumBy<CheckTally>(
    records.flatMap((r) => r.tallies),
    (t) => `${t.operationId}\u0000${t.check}`,
    (a, b) => ({ ...a, passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }),
  );
  const failures = sumBy<FailureRecord>(
    records.flatMap((r) => r.failures),
    (f) => f.failure.dedupKey,
    (a, b) => ({ ...a, occurrences: a.occurrences + b.occurrences }),
  );
  const observations = sumBy<Observation>(
    records.flatMap((r) => r.observations ?? []),
    (o) => JSON.stringify([o.operationId, o.status, o.errorCode, o.rule, o.example]),
    (a, b) => ({ ...a, count: a.count + b.count }),
  );
  const unsent = records.flatMap((r) => r.unsent ?? []);
  const tokenRefreshes = sum((r) => r.tokenRefreshes);
  return {
    version: 1,
    phase: first.phase,
    ...(operations.size === 1 && first.operationId !== undefined ? { operationId: first.operationId } : {}),
    title,
    seed: first.seed,
    numRuns: sum((r) => r.numRuns),
    casesSent: sum((r) => r.casesSent),
    ...span(records),
    tallies,
    failures,
    rateLimitRetries: sum((r) => r.rateLimitRetries),
    ...(tokenRefreshes > 0 ? { tokenRefreshes } : {}),
    transportErrors: sum((r) => r.transportErrors),
    harnessErrors: records.flatMap((r) => r.harnessErrors),
    observations,
    ...(unsent.length > 0 ? { unsent } : {}),
  };
}
