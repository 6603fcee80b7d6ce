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
   * N > 0 follows up to N same-origin hops and reports a longer chain as a `redirect-loop` transport
   * error. A cross-origin redirect is never followed (see redirectHop.ts).
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
  /**
   * Body bytes read per response, on the wire and again after content decoding; reading stops at the
   * cap and the response becomes a `body-too-large` transport error. @defaultValue 10 MiB
   */
  readonly maxBodyBytes?: number;
  /** Deeper JSON is a `json-too-deep` transport error and is never parsed. @defaultValue 64 */
  readonly maxJsonDepth?: number;
  /** JSON with more keys + items is a `json-too-wide` transport error. @defaultValue 10_000 */
  readonly maxJsonMembers?: number;
  /** More header lines are a `header-flood` anomaly. @defaultValue 100 */
  readonly maxHeaderLines?: number;
  /** More Set-Cookie lines are a `cookie-flood` anomaly. @defaultValue 20 */
  readonly maxSetCookies?: number;
  /** Consecutive transport failures on one operation that stop its sends (`circuit-open`); 0 = off. @defaultValue 5 */
  readonly circuitBreakerThreshold?: number;
  /** Epoch ms after which nothing is sent (`run-deadline` outcomes). @defaultValue none */
  readonly deadlineAt?: number;
  /**
   * Requests this transport may send (every attempt, 429 retries included); later sends are not
   * made and come back as `request-budget` outcomes, which name the case and are not failures.
   * @defaultValue no cap
   */
  readonly requestBudget?: number;
  /**
   * Keep APIRequestContext calls out of the Playwright step tree/trace (see the note in transport.ts).
   * @defaultValue true
   */
  readonly quietInstrumentation?: boolean;
  /** Injected clock for tests of the retry path. @defaultValue setTimeout-based sleep */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injected wall clock (epoch ms) for tests of the deadline. @defaultValue Date.now */
  readonly now?: () => number;
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
  readonly maxJsonDepth: number;
  readonly maxJsonMembers: number;
  readonly maxHeaderLines: number;
  readonly maxSetCookies: number;
  readonly circuitBreakerThreshold: number;
  readonly deadlineAt: number | undefined;
  readonly requestBudget: number | undefined;
  readonly quietInstrumentation: boolean;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
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
    throw new Error(
      `createTransport: baseURL must be an absolute http(s) URL, got ${JSON.stringify(options.baseURL)}; pass e.g. "http://127.0.0.1:3100".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`createTransport: baseURL must use http or https, got ${url.protocol}; pass e.g. "https://api.loginradius.com".`);
  const timeoutMs = nonNegativeInteger('timeoutMs', options.timeoutMs, 10_000);
  if (timeoutMs === 0) throw new Error('createTransport: option timeoutMs must be > 0 (0 would wait forever); pass e.g. 10000.');
  if (options.maxRps !== undefined && !(Number.isFinite(options.maxRps) && options.maxRps > 0))
    throw new Error(`createTransport: option maxRps must be a positive number, got ${String(options.maxRps)}; omit it for no limit.`);
  const maxBodyBytes = nonNegativeInteger('maxBodyBytes', options.maxBodyBytes, 10 * 1024 * 1024);
  const maxJsonDepth = nonNegativeInteger('maxJsonDepth', options.maxJsonDepth, 64);
  if (maxJsonDepth === 0)
    throw new Error('createTransport: option maxJsonDepth must be >= 1 (a JSON body is at least one level); pass e.g. 64.');
  if (options.deadlineAt !== undefined && !Number.isFinite(options.deadlineAt))
    throw new Error(
      `createTransport: option deadlineAt must be epoch milliseconds, got ${String(options.deadlineAt)}; omit it for no deadline.`,
    );
  if (options.requestBudget !== undefined && !(Number.isInteger(options.requestBudget) && options.requestBudget >= 1))
    throw new Error(
      `createTransport: option requestBudget must be an integer >= 1, got ${String(options.requestBudget)}; omit it for no cap.`,
    );
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
    maxJsonDepth,
    maxJsonMembers: nonNegativeInteger('maxJsonMembers', options.maxJsonMembers, 10_000),
    maxHeaderLines: nonNegativeInteger('maxHeaderLines', options.maxHeaderLines, 100),
    maxSetCookies: nonNegativeInteger('maxSetCookies', options.maxSetCookies, 20),
    circuitBreakerThreshold: nonNegativeInteger('circuitBreakerThreshold', options.circuitBreakerThreshold, 5),
    deadlineAt: options.deadlineAt,
    requestBudget: options.requestBudget,
    quietInstrumentation: options.quietInstrumentation ?? true,
    sleep: options.sleep ?? sleepFor,
    now: options.now ?? Date.now,
  };
}
