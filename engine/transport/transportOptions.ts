/**
 * The one options object of `createTransport`, its documented defaults and its eager validation.
 */
import type { RateLimiter } from './rateLimiter.ts';

export interface TransportOptions {
  /** Target origin (and optional base path), e.g. `http://127.0.0.1:3100`. Required. */
  readonly baseURL: string;
  /** Per-attempt timeout in ms. @defaultValue 10_000 */
  readonly timeoutMs?: number;
  /** Accept self-signed/invalid certificates (staging proxies). @defaultValue false */
  readonly ignoreHTTPSErrors?: boolean;
  /**
   * Redirects to follow. 0 returns every 3xx as a response (judged by `status_code_conformance`);
   * N > 0 follows N hops and reports a longer chain as a `redirect-loop` transport error.
   * @defaultValue 0
   */
  readonly maxRedirects?: number;
  /** How many 429 responses are retried (after honouring `Retry-After`). @defaultValue 3 */
  readonly maxRateLimitRetries?: number;
  /** Upper bound on one `Retry-After` wait, in ms. @defaultValue 30_000 */
  readonly maxRetryAfterMs?: number;
  /** Wait used when a 429 has no usable `Retry-After`, in ms. @defaultValue 1_000 */
  readonly defaultRetryAfterMs?: number;
  /** Requests per second for this transport (token bucket, shared by concurrent sends). @defaultValue no limit */
  readonly maxRps?: number;
  /** Share one limiter between several transports in the same process (wins over `maxRps`). */
  readonly rateLimiter?: RateLimiter;
  /** Responses with more body bytes become a `body-too-large` transport error. @defaultValue 10 MiB */
  readonly maxBodyBytes?: number;
  /**
   * Keep APIRequestContext calls out of the Playwright step tree/trace (see the note in transport.ts).
   * @defaultValue true
   */
  readonly quietInstrumentation?: boolean;
  /** Injected clock for tests of the retry path. @defaultValue setTimeout-based sleep */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface ResolvedTransportOptions {
  readonly baseURL: string;
  readonly timeoutMs: number;
  readonly ignoreHTTPSErrors: boolean;
  readonly maxRedirects: number;
  readonly maxRateLimitRetries: number;
  readonly maxRetryAfterMs: number;
  readonly defaultRetryAfterMs: number;
  readonly maxRps: number | undefined;
  readonly rateLimiter: RateLimiter | undefined;
  readonly maxBodyBytes: number;
  readonly quietInstrumentation: boolean;
  readonly sleep: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`createTransport: option ${name} must be a non-negative integer, got ${String(value)}; pass e.g. ${fallback}.`);
  return value;
}

/** Fills in defaults and rejects bad values at once, naming the option and the fix. */
export function resolveTransportOptions(options: TransportOptions): ResolvedTransportOptions {
  if (options === null || typeof options !== 'object')
    throw new Error('createTransport: options must be an object such as { baseURL: "http://127.0.0.1:3100" }.');
  let url: URL;
  try {
    url = new URL(options.baseURL);
  } catch {
    throw new Error(`createTransport: baseURL must be an absolute http(s) URL, got ${JSON.stringify(options.baseURL)}; pass e.g. "http://127.0.0.1:3100".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`createTransport: baseURL must use http or https, got ${url.protocol}; pass e.g. "https://api.loginradius.com".`);
  const timeoutMs = nonNegativeInteger('timeoutMs', options.timeoutMs, 10_000);
  if (timeoutMs === 0) throw new Error('createTransport: option timeoutMs must be > 0 (0 would wait forever); pass e.g. 10000.');
  if (options.maxRps !== undefined && !(Number.isFinite(options.maxRps) && options.maxRps > 0))
    throw new Error(`createTransport: option maxRps must be a positive number, got ${String(options.maxRps)}; omit it for no limit.`);
  const maxBodyBytes = nonNegativeInteger('maxBodyBytes', options.maxBodyBytes, 10 * 1024 * 1024);
  return {
    baseURL: options.baseURL,
    timeoutMs,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    maxRedirects: nonNegativeInteger('maxRedirects', options.maxRedirects, 0),
    maxRateLimitRetries: nonNegativeInteger('maxRateLimitRetries', options.maxRateLimitRetries, 3),
    maxRetryAfterMs: nonNegativeInteger('maxRetryAfterMs', options.maxRetryAfterMs, 30_000),
    defaultRetryAfterMs: nonNegativeInteger('defaultRetryAfterMs', options.defaultRetryAfterMs, 1_000),
    maxRps: options.maxRps,
    rateLimiter: options.rateLimiter,
    maxBodyBytes,
    quietInstrumentation: options.quietInstrumentation ?? true,
    sleep: options.sleep ?? sleepFor,
  };
}
