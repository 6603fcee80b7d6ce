/**
 * The request/response records that flow through the mock's pipeline. Handlers return a `MockResponse`
 * (never write to the socket themselves) so drift scenarios can transform it in one place.
 */
import type { IncomingHttpHeaders } from 'node:http';

export const MOCK_OPERATION_IDS = ['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP'] as const;
export type MockOperationId = (typeof MOCK_OPERATION_IDS)[number];

export interface MockRequest {
  readonly method: string;
  /** Lower-cased, percent-decoded, one trailing slash removed. */
  readonly path: string;
  /** Lower-cased parameter names; duplicates joined with "," (ASP.NET semantics). */
  readonly query: ReadonlyMap<string, string>;
  readonly headers: IncomingHttpHeaders;
  /** Raw body bytes (null when none was read). */
  readonly rawBody: Buffer | null;
}

export interface MockResponse {
  readonly status: number;
  /** JSON value to serialise, or a string sent verbatim when `contentType` is not JSON. */
  readonly body: unknown;
  /** Pre-serialised `body`; only valid while `body` is the object it was made from. */
  readonly json?: string;
  /** Defaults to `application/json; charset=utf-8`. */
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The vendor ErrorCode carried, for the request log. */
  readonly errorCode?: number;
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
