/**
 * The event a contract test emits when it ends: attached to the Playwright test result as
 * JSON (attachment name `CONTRACT_RECORD_ATTACHMENT`). Reporters only consume these;
 * they never call back into the engine. Everything in a record is already redacted.
 */
import type { OperationId } from '../contract/types.ts';
import type { Failure } from '../checks/types.ts';

export const CONTRACT_RECORD_ATTACHMENT = 'contract-record';

export type Phase = 'coverage' | 'examples' | 'positive' | 'negative' | 'stateful' | 'drift';

export interface CheckTally {
  readonly operationId: OperationId;
  readonly check: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** How to reproduce a failure: the property's seed and fast-check's counterexample path. */
export interface Replay {
  readonly seed: number;
  readonly path: string | undefined;
  /** One shell line that replays exactly this case. */
  readonly command: string;
}

export interface Counterexample {
  readonly label: string;
  /** Redacted curl line. */
  readonly curl: string;
  readonly status?: number;
  /** First part of the response body, redacted. */
  readonly responseExcerpt?: string;
}

export interface FailureRecord {
  readonly failure: Failure;
  /** How many exchanges hit this same failure (by `dedupKey`). */
  readonly occurrences: number;
  /** The smallest exchange that shows it (after shrinking when the property shrank). */
  readonly counterexample: Counterexample;
  readonly replay: Replay;
}

/**
 * What the exchanges of a phase reached, aggregated: the status and the vendor's error code per
 * operation, with the negative rule or the document example the case came from. Reporters fold
 * these into contract coverage.
 */
export interface Observation {
  readonly operationId: OperationId;
  /** Absent when no response came back (a transport error). */
  readonly status?: number;
  readonly errorCode?: number;
  readonly rule?: string;
  readonly example?: string;
  readonly count: number;
}

/** A case the run's request budget left unsent: named in reports, never a failure. */
export interface UnsentCase {
  readonly operationId: OperationId;
  /** The case's label line (rule and detail, example or boundary), redacted. */
  readonly label: string;
}

export interface ContractRecord {
  readonly version: 1;
  readonly phase: Phase;
  readonly operationId?: OperationId;
  readonly title: string;
  readonly seed: number;
  readonly numRuns: number;
  readonly casesSent: number;
  readonly elapsedMs: number;
  /** When the phase started (epoch ms): tests run at once, so their elapsed times overlap. @defaultValue none (an older record) */
  readonly startedAt?: number;
  readonly tallies: readonly CheckTally[];
  readonly failures: readonly FailureRecord[];
  readonly rateLimitRetries: number;
  /** Access-token refreshes during the phase (before expiry, or once after an auth failure). @defaultValue 0 */
  readonly tokenRefreshes?: number;
  readonly transportErrors: number;
  /** Harness/config problems (exit code 2 territory), not contract failures. */
  readonly harnessErrors: readonly string[];
  /** What the phase's exchanges reached, for coverage. @defaultValue none (an older record) */
  readonly observations?: readonly Observation[];
  /** Cases not sent because the request budget was spent (LR_REQUEST_BUDGET). @defaultValue none */
  readonly unsent?: readonly UnsentCase[];
}
