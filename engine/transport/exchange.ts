/**
 * The normalised record of one request/response (or transport failure) that checks judge.
 */
import type { Case } from '../case/case.ts';

/** Why no usable HTTP response arrived. */
export type TransportErrorKind =
  | 'connection-refused'
  | 'connection-reset'
  | 'timeout'
  | 'tls'
  | 'dns'
  | 'redirect-loop'
  | 'body-too-large'
  | 'json-too-deep'
  | 'json-too-wide'
  | 'headers-too-large'
  | 'invalid-status'
  | 'malformed-response'
  /** Not sent: the circuit breaker of this operation is open (see circuitBreaker.ts). */
  | 'circuit-open'
  /** Not sent: LR_RUN_TIMEOUT was reached. */
  | 'run-deadline'
  /** Not sent: the run's request budget is spent. Named in the record, never a failure. */
  | 'request-budget'
  | 'other';

/** A response that arrived but breaks HTTP or JSON in a way no check of the contract names. */
type ResponseAnomalyKind =
  | 'cross-origin-redirect'
  | 'invalid-status'
  | 'invalid-utf8'
  | 'nul-byte'
  | 'prototype-key'
  | 'number-out-of-range'
  | 'header-flood'
  | 'cookie-flood';

export interface ResponseAnomaly {
  readonly kind: ResponseAnomalyKind;
  readonly message: string;
}

export interface HttpResponseRecord {
  readonly kind: 'response';
  readonly status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  /** Parsed JSON when the body parses, otherwise `undefined` (see `jsonError`). */
  readonly json: unknown;
  readonly jsonError?: string;
  /** Present only when something is odd; `no_transport_error` names each kind. */
  readonly anomalies?: readonly ResponseAnomaly[];
}

export interface TransportErrorRecord {
  readonly kind: 'transport-error';
  readonly error: TransportErrorKind;
  readonly message: string;
}

export interface Exchange {
  readonly case: Case;
  readonly outcome: HttpResponseRecord | TransportErrorRecord;
  readonly elapsedMs: number;
  /** Of elapsedMs, how long this process's event loop was blocked (the answer waited for it, not for the target). @defaultValue 0 */
  readonly stalledMs?: number;
  /** How many 429 responses were retried before this outcome. */
  readonly rateLimitRetries: number;
  /** Credential refreshes made for this exchange (set by a caller's auth wrapper, never by the transport). @defaultValue 0 */
  readonly tokenRefreshes?: number;
}

/** True when the case never left: the request budget was spent before it (a named skip, not a failure). */
export function notSentByBudget(exchange: Exchange): boolean {
  return exchange.outcome.kind === 'transport-error' && exchange.outcome.error === 'request-budget';
}
