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
  | 'other';

export interface HttpResponseRecord {
  readonly kind: 'response';
  readonly status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  /** Parsed JSON when the body parses, otherwise `undefined` (see `jsonError`). */
  readonly json: unknown;
  readonly jsonError?: string;
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
  /** How many 429 responses were retried before this outcome. */
  readonly rateLimitRetries: number;
}
