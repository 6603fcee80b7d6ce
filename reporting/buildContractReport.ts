/**
 * Folds every ContractRecord of a run into one ContractReport: sums the operations × checks
 * matrix, de-duplicates failures across tests by `dedupKey` (summing occurrences, keeping the
 * smallest counterexample) and computes the exit code.
 */
import type { ContractRecord, FailureRecord, Phase } from '../engine/events/contractRecord.ts';
import { AMBIGUITY_CHECK } from '../engine/checks/types.ts';
import type { CoverageUniverse } from '../engine/coverage/coverageUniverse.ts';
import { buildCoverage } from './buildCoverage.ts';
import type { ContractReport, ExitCode, HarnessError, MatrixCell, NotSentCase, ReportedFailure, TestSummary } from './contractReport.ts';

export interface ReportInput {
  readonly records: readonly ContractRecord[];
  /** Problems found outside the records (malformed attachments, runner errors...). */
  readonly harnessErrors: readonly HarnessError[];
  readonly target: string;
  readonly durationMs: number;
  readonly generatedAt: Date;
  /** Operations in the contract's order. @defaultValue the order they are met */
  readonly operationOrder?: readonly string[];
  /** Everything the run could verify; without it the report has no coverage part. @defaultValue none */
  readonly coverage?: CoverageUniverse;
  /** Least share (0–100) of reachable documented responses to observe; below it the exit code is 1. @defaultValue none */
  readonly minCoverage?: number;
}

interface Accumulated {
  first: FailureRecord;
  best: FailureRecord;
  occurrences: number;
  phases: Set<Phase>;
  phase: Phase;
}

function replayEnvOf(phase: Phase, f: FailureRecord): string {
  return `${phase}:${f.failure.operationId}:${f.replay.seed}:${f.replay.path ?? ''}`;
}

export function exitCodeOf(casesSent: number, failures: number, harnessErrors: number, belowMinCoverage = false): ExitCode {
  if (harnessErrors > 0 || casesSent === 0) return 2;
  return failures > 0 || belowMinCoverage ? 1 : 0;
}

export function buildContractReport(input: ReportInput): ContractReport {
  const cells = new Map<string, { operationId: string; check: string; passed: number; failed: number; skipped: number }>();
  const operations: string[] = [];
  const checks: string[] = [];
  const byKey = new Map<string, Accumulated>();
  const harnessErrors: HarnessError[] = [...input.harnessErrors];
  const tests: TestSummary[] = [];
  const notSent: NotSentCase[] = [];
  const seeds = new Set<number>();
  let casesSent = 0,
    transportErrors = 0,
    rateLimitRetries = 0,
    tokenRefreshes = 0;

  for (const r of input.records) {
    seeds.add(r.seed);
    casesSent += r.casesSent;
    transportErrors += r.transportErrors;
    rateLimitRetries += r.rateLimitRetries;
    tokenRefreshes += r.tokenRefreshes ?? 0;
    for (const message of r.harnessErrors) harnessErrors.push({ source: r.title, message });
    for (const u of r.unsent ?? []) notSent.push({ source: r.title, ...u });
    for (const t of r.tallies) {
      if (!operations.includes(t.operationId)) operations.push(t.operationId);
      if (!checks.includes(t.check)) checks.push(t.check);
      const key = `${t.operationId}\u0000${t.check}`;
      const cell = cells.get(key) ?? { operationId: t.operationId, check: t.check, passed: 0, failed: 0, skipped: 0 };
      cell.passed += t.passed;
      cell.failed += t.failed;
      cell.skipped += t.skipped;
      cells.set(key, cell);
    }
    for (const f of r.failures) {
      const acc = byKey.get(f.failure.dedupKey);
      if (acc === undefined) {
        byKey.set(f.failure.dedupKey, { first: f, best: f, occurrences: f.occurrences, phases: new Set([r.phase]), phase: r.phase });
        continue;
      }
      acc.occurrences += f.occurrences;
      acc.phases.add(r.phase);
      if (f.counterexample.curl.length < acc.best.counterexample.curl.length) {
        acc.best = f;
        acc.phase = r.phase;
      }
    }
    tests.push({
      title: r.title,
      phase: r.phase,
      ...(r.operationId === undefined ? {} : { operationId: r.operationId }),
      seed: r.seed,
      casesSent: r.casesSent,
      failures: r.failures.filter((f) => f.failure.severity === 'error').length,
      elapsedMs: r.elapsedMs,
      ...(r.startedAt === undefined ? {} : { startedAt: r.startedAt }),
    });
  }

  // Known operations first, in contract order; anything else after, as met.
  const order = input.operationOrder ?? [];
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
  operations.sort((a, b) => rank(a) - rank(b));
  const matrix: MatrixCell[] = [];
  for (const op of operations)
    for (const check of checks) {
      const cell = cells.get(`${op}\u0000${check}`);
      if (cell) matrix.push({ ...cell });
    }

  const reported: ReportedFailure[] = [...byKey.values()].map((a) => ({
    failure: a.first.failure,
    occurrences: a.occurrences,
    counterexample: a.best.counterexample,
    replay: a.best.replay,
    replayEnv: replayEnvOf(a.phase, a.best),
    phases: [...a.phases],
  }));
  reported.sort((a, b) => b.occurrences - a.occurrences);
  const failures = reported.filter((f) => f.failure.severity === 'error');
  // Which documented form the target used is its own section; other warnings are baseline drift.
  const ambiguities = reported.filter((f) => f.failure.severity === 'warning' && f.failure.check === AMBIGUITY_CHECK);
  const warnings = reported.filter((f) => f.failure.severity === 'warning' && f.failure.check !== AMBIGUITY_CHECK);
  const sum = (k: 'passed' | 'failed' | 'skipped'): number => matrix.reduce((n, c) => n + c[k], 0);
  const coverage = input.coverage ? buildCoverage(input.coverage, input.records, input.minCoverage) : undefined;

  return {
    version: 1,
    generatedAt: input.generatedAt.toISOString(),
    target: input.target,
    seeds: [...seeds],
    durationMs: input.durationMs,
    exitCode: exitCodeOf(casesSent, failures.length, harnessErrors.length, coverage?.belowMinimum),
    totals: {
      records: input.records.length,
      casesSent,
      checksPassed: sum('passed'),
      checksFailed: sum('failed'),
      checksSkipped: sum('skipped'),
      distinctFailures: failures.length,
      failureOccurrences: failures.reduce((n, f) => n + f.occurrences, 0),
      warnings: warnings.length,
      ambiguities: ambiguities.length,
      transportErrors,
      rateLimitRetries,
      tokenRefreshes,
      harnessErrors: harnessErrors.length,
      notSent: notSent.length,
    },
    operations,
    checks,
    matrix,
    failures,
    warnings,
    ambiguities,
    harnessErrors,
    notSent,
    tests,
    ...(coverage ? { coverage } : {}),
  };
}
