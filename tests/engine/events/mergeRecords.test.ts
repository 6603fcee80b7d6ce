/**
 * mergeRecords is a sum: every count of the merged record is the sum over its parts, a failure key
 * seen in several parts is one failure with the summed occurrences, and merging is independent of
 * how the parts are grouped (merge(a, merge(b, c)) has the counts of merge(a, b, c)).
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import type { ContractRecord } from '../../../engine/events/contractRecord.ts';
import { mergeRecords } from '../../../engine/events/mergeRecords.ts';

const recordArb: fc.Arbitrary<ContractRecord> = fc.record({
  version: fc.constant(1 as const),
  phase: fc.constant('coverage' as const),
  operationId: fc.constant('op'),
  title: fc.string(),
  seed: fc.constant(7),
  numRuns: fc.nat(5),
  casesSent: fc.nat(5),
  elapsedMs: fc.nat(1000),
  tallies: fc.uniqueArray(
    fc.record({
      operationId: fc.constant('op'),
      check: fc.constantFrom('a', 'b', 'c'),
      passed: fc.nat(3),
      failed: fc.nat(3),
      skipped: fc.nat(3),
    }),
    { selector: (t) => t.check },
  ),
  failures: fc.uniqueArray(
    fc.constantFrom('k1', 'k2', 'k3').map((key) => ({
      failure: { check: 'a', operationId: 'op', title: key, message: key, severity: 'error' as const, dedupKey: key },
      occurrences: 1,
      counterexample: { label: key, curl: 'curl' },
      replay: { seed: 7, path: '0', command: 'replay' },
    })),
    { selector: (f) => f.failure.dedupKey },
  ),
  rateLimitRetries: fc.nat(2),
  transportErrors: fc.nat(2),
  harnessErrors: fc.array(fc.string(), { maxLength: 1 }),
  observations: fc.uniqueArray(
    fc.record({ operationId: fc.constant('op'), status: fc.constantFrom(200, 400), count: fc.integer({ min: 1, max: 3 }) }),
    { selector: (o) => o.status },
  ),
});

const counts = (r: ContractRecord) => ({
  casesSent: r.casesSent,
  numRuns: r.numRuns,
  retries: r.rateLimitRetries,
  transport: r.transportErrors,
  harness: r.harnessErrors.length,
  passed: r.tallies.reduce((n, t) => n + t.passed, 0),
  failed: r.tallies.reduce((n, t) => n + t.failed, 0),
  occurrences: r.failures.reduce((n, f) => n + f.occurrences, 0),
  observed: (r.observations ?? []).reduce((n, o) => n + o.count, 0),
});

type Counts = ReturnType<typeof counts>;
const sumOf = (parts: readonly ContractRecord[]): Counts =>
  parts.map(counts).reduce((a, b) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v + b[k as keyof Counts]])) as Counts);

test('every count is the sum of the parts; one failure per key; grouping does not matter', () => {
  fc.assert(
    fc.property(fc.array(recordArb, { minLength: 1, maxLength: 5 }), (parts) => {
      const merged = mergeRecords('coverage op', parts);
      expect(merged.title).toBe('coverage op');
      expect(counts(merged)).toEqual(sumOf(parts));
      const keys = merged.failures.map((f) => f.failure.dedupKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(keys)).toEqual(new Set(parts.flatMap((p) => p.failures.map((f) => f.failure.dedupKey))));
      const tallyKeys = merged.tallies.map((t) => t.check);
      expect(new Set(tallyKeys).size).toBe(tallyKeys.length);
      if (parts.length >= 2) {
        const nested = mergeRecords('coverage op', [parts[0]!, mergeRecords('x', parts.slice(1))]);
        expect(counts(nested)).toEqual(counts(merged));
      }
    }),
  );
});

test('nothing to merge is an error that says so', () => {
  expect(() => mergeRecords('coverage op', [])).toThrow('mergeRecords: "coverage op" has no records to merge');
});

test('time: with start times, the merged phase runs from the first start to the last end; without, it keeps the longest part', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(recordArb, fc.integer({ min: 1_700_000_000_000, max: 1_700_000_010_000 })), { minLength: 1, maxLength: 5 }),
      (pairs) => {
        const timed = pairs.map(([r, startedAt]) => ({ ...r, startedAt }));
        const merged = mergeRecords('coverage op', timed);
        const start = Math.min(...timed.map((r) => r.startedAt));
        const end = Math.max(...timed.map((r) => r.startedAt + r.elapsedMs));
        expect(merged.startedAt).toBe(start);
        expect(merged.elapsedMs).toBe(end - start);
        const untimed = mergeRecords('coverage op', [...timed.slice(1), pairs[0]![0]]);
        expect(untimed.startedAt).toBeUndefined();
        expect(untimed.elapsedMs).toBe(Math.max(...pairs.map(([r]) => r.elapsedMs)));
      },
    ),
  );
});
