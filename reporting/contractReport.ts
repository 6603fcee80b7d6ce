/**
 * The report model the contract reporter builds from ContractRecord events and writes as
 * `contract-report.json`; the Markdown and HTML renderings are views of exactly this object.
 */
import type { Counterexample, Phase, Replay } from '../engine/events/contractRecord.ts';
import type { Failure } from '../engine/checks/types.ts';
import type { CoverageReport } from './coverageReport.ts';

/** 0 clean · 1 contract failures · 2 harness/config errors or zero cases sent. */
export type ExitCode = 0 | 1 | 2;

export interface MatrixCell {
  readonly operationId: string;
  readonly check: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** One distinct failure (by `dedupKey`), however many tests and cases hit it. */
export interface ReportedFailure {
  readonly failure: Failure;
  /** Summed over every record that reported this dedupKey. */
  readonly occurrences: number;
  /** The smallest counterexample seen (shortest curl line). */
  readonly counterexample: Counterexample;
  readonly replay: Replay;
  /** `LR_REPLAY` value that replays the counterexample: "<phase>:<operationId>:<seed>:<path>". */
  readonly replayEnv: string;
  readonly phases: readonly Phase[];
}

export interface HarnessError {
  /** Where it came from: a test title, "run" or "reporter". */
  readonly source: string;
  readonly message: string;
}

/** A case the request budget left unsent, by name (never a failure). */
export interface NotSentCase {
  /** The record (test) it belonged to. */
  readonly source: string;
  readonly operationId: string;
  readonly label: string;
}

export interface TestSummary {
  readonly title: string;
  readonly phase: Phase;
  readonly operationId?: string;
  readonly seed: number;
  readonly casesSent: number;
  readonly failures: number;
  readonly elapsedMs: number;
  /** Epoch ms; absent in a report built from older records. */
  readonly startedAt?: number;
}

export interface ContractReport {
  readonly version: 1;
  readonly generatedAt: string;
  readonly target: string;
  readonly seeds: readonly number[];
  readonly durationMs: number;
  readonly exitCode: ExitCode;
  readonly totals: {
    readonly records: number;
    readonly casesSent: number;
    readonly checksPassed: number;
    readonly checksFailed: number;
    readonly checksSkipped: number;
    readonly distinctFailures: number;
    readonly failureOccurrences: number;
    readonly warnings: number;
    /** Distinct documented-ambiguity findings (which form the target used). */
    readonly ambiguities: number;
    readonly transportErrors: number;
    readonly rateLimitRetries: number;
    /** Access-token refreshes (before expiry, or once after an auth failure on an authorised case). */
    readonly tokenRefreshes: number;
    readonly harnessErrors: number;
    /** Cases not sent because the request budget (LR_REQUEST_BUDGET) was spent. */
    readonly notSent: number;
  };
  readonly operations: readonly string[];
  readonly checks: readonly string[];
  /** One cell per operation × check that has any tally, in `operations` × `checks` order. */
  readonly matrix: readonly MatrixCell[];
  readonly failures: readonly ReportedFailure[];
  /** Severity "warning" findings, e.g. additive drift against the baseline. */
  readonly warnings: readonly ReportedFailure[];
  /** Severity "warning" findings naming the documented form the target used (`x-ambiguity`); never fail a run. */
  readonly ambiguities: readonly ReportedFailure[];
  readonly harnessErrors: readonly HarnessError[];
  /** Every case the request budget left unsent, in run order. */
  readonly notSent: readonly NotSentCase[];
  readonly tests: readonly TestSummary[];
  /** What the run verified of the contract (present when the reporter was given a coverage universe). */
  readonly coverage?: CoverageReport;
}
