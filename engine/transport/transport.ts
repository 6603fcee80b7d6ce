/**
 * Sends `Case`s over ONE Playwright APIRequestContext (created once per worker, reused for every
 * send) and returns `Exchange`s. Never throws for network trouble: every failure is an outcome.
 *
 * Instrumentation note (measured 2026-11-25, 2 busy cores, load ~3; c=8, 4000 GETs per test, req/s
 * per quarter of the run; probe kept in the engineer's report, not in the repo):
 *   calls at test top level, instrumented   286 / 320 / 248 / 197   (decays: O(n) parent-step scan)
 *   calls inside test.step, instrumented    458 / 421 / 356 / 421   (stable, but every call is a step)
 *   quietInstrumentation, top level         817 / 903 / 955 / 947   (~3-4x)
 *   quietInstrumentation, inside test.step  709 / 984 / 1033 / 1057
 * Inside `playwright test` every APIRequestContext call (fetch, body, dispose: 3 per case) becomes a
 * `pw:api` step: stack capture, param rendering, IPC to the runner, a trace entry. At a test's top
 * level, finding the parent step scans the whole step list (TestInfo._findLastPredefinedStep), so
 * the cost grows with the calls already made; inside `test.step` the parent comes from the zone.
 * The client's own `_wrapApiCall(fn, { internal: true })` (how Playwright hides its internal calls)
 * skips that instrumentation for all three calls. `quietInstrumentation` (default on) uses it when
 * present and falls back to plain, instrumented calls if a future Playwright drops this private
 * method (then wrap batches in test.step: the engine's `step` option does). Trade-off: sends no
 * longer appear as steps in the HTML report/trace; the ContractRecord carries the evidence instead.
 * Ceiling (`npx tsx bench/transport-ceiling.ts`, same load): undici ~5.3-9.5k req/s, bare
 * APIRequestContext ~350-480, this transport ~515-800 — Playwright caps the fuzz rate at ~5-15%
 * of undici; fine for the vendor's 5-50 req/s limits, which is why the fixed decision stands.
 *
 * `batch(body)`: even an internal call captures and parses a 50-frame stack (through the test
 * runner's source-map support) to name itself; a call made inside an existing API scope skips
 * that. Running a whole batch of sends in ONE internal scope made the fuzz phases ~1.4x faster
 * (bench/profileSummary.ts: Playwright client 35 % → 22 % of the worker's CPU).
 */
import { request } from '@playwright/test';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { Case } from '../case/case.ts';
import type { Exchange, HttpResponseRecord, TransportErrorRecord } from './exchange.ts';
import { buildRequest } from './buildRequest.ts';
import { classifyTransportError } from './classifyTransportError.ts';
import { createRateLimiter } from './rateLimiter.ts';
import { retryDelayMs } from './retryAfter.ts';
import { resolveTransportOptions } from './transportOptions.ts';
import type { TransportOptions } from './transportOptions.ts';

export interface Transport {
  send(c: Case): Promise<Exchange>;
  /**
   * Runs `body`, which may call `send` many times and concurrently, in one Playwright API scope:
   * one stack capture per batch instead of one per send. Sends outside a batch work the same.
   */
  batch<T>(body: () => Promise<T>): Promise<T>;
  /** Closes the request context (and its keep-alive sockets). Idempotent. */
  dispose(): Promise<void>;
}

type Attempt = { outcome: HttpResponseRecord | TransportErrorRecord; elapsedMs: number };

/** Lower-cased names; repeated headers joined with ", " (as HttpResponseRecord documents). */
function collectHeaders(response: APIResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { name, value } of response.headersArray()) {
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  return headers;
}

function toResponseRecord(status: number, headers: Record<string, string>, bodyText: string): HttpResponseRecord {
  if (bodyText.trim() === '') return { kind: 'response', status, headers, bodyText, json: undefined, jsonError: 'empty body' };
  try {
    return { kind: 'response', status, headers, bodyText, json: JSON.parse(bodyText) as unknown };
  } catch (error) {
    return { kind: 'response', status, headers, bodyText, json: undefined, jsonError: (error as Error).message };
  }
}

export async function createTransport(options: TransportOptions): Promise<Transport> {
  const o = resolveTransportOptions(options);
  const limiter = o.rateLimiter ?? (o.maxRps !== undefined ? createRateLimiter({ maxRps: o.maxRps }) : undefined);
  const context: APIRequestContext = await request.newContext({
    baseURL: o.baseURL,
    ignoreHTTPSErrors: o.ignoreHTTPSErrors,
    maxRedirects: o.maxRedirects,
    timeout: o.timeoutMs,
    failOnStatusCode: false,
  });
  let disposed = false;

  type Internal = { _wrapApiCall?: <T>(fn: () => Promise<T>, opts: { internal: boolean }) => Promise<T> };
  const wrap = (context as unknown as Internal)._wrapApiCall;
  const quietly = <T>(fn: () => Promise<T>): Promise<T> =>
    o.quietInstrumentation && typeof wrap === 'function' ? (wrap.call(context, fn, { internal: true }) as Promise<T>) : fn();

  async function attempt(c: Case): Promise<Attempt> {
    const wire = buildRequest(o.baseURL, c);
    const started = performance.now();
    try {
      return await quietly(async () => {
        const response = await context.fetch(wire.url, {
          method: wire.method,
          headers: wire.headers,
          ...(wire.encodedQuery !== '' ? { params: wire.encodedQuery } : {}),
          ...(wire.body !== undefined ? { data: wire.body } : {}),
          failOnStatusCode: false,
          maxRedirects: o.maxRedirects,
          timeout: o.timeoutMs,
        });
        try {
          const body = await response.body();
          const elapsedMs = performance.now() - started;
          if (body.byteLength > o.maxBodyBytes)
            return { outcome: { kind: 'transport-error', error: 'body-too-large', message: `response body is ${body.byteLength} bytes, over maxBodyBytes=${o.maxBodyBytes}` }, elapsedMs } as Attempt;
          return { outcome: toResponseRecord(response.status(), collectHeaders(response), body.toString('utf8')), elapsedMs };
        } finally {
          // The context keeps every body until disposed: ~1.5 KB/response of heap otherwise.
          await response.dispose().catch(() => undefined);
        }
      });
    } catch (error) {
      const { kind, message } = classifyTransportError(error);
      return { outcome: { kind: 'transport-error', error: kind, message }, elapsedMs: performance.now() - started };
    }
  }

  return {
    batch: (body) => quietly(body),
    async send(c: Case): Promise<Exchange> {
      if (disposed) throw new Error('createTransport: send() after dispose(); create a new transport per worker and dispose it last.');
      let retries = 0;
      for (;;) {
        if (limiter) await limiter.acquire();
        const { outcome, elapsedMs } = await attempt(c);
        const rateLimited = outcome.kind === 'response' && outcome.status === 429;
        if (!rateLimited || retries >= o.maxRateLimitRetries)
          return { case: c, outcome, elapsedMs, rateLimitRetries: retries };
        retries += 1;
        await o.sleep(retryDelayMs(outcome.headers['retry-after'], o.defaultRetryAfterMs, o.maxRetryAfterMs));
      }
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await context.dispose();
    },
  };
}
