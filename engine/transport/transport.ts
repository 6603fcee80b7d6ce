/**
 * Sends `Case`s over a Playwright APIRequestContext (renewed every few hundred responses so that
 * small responses need no dispose call of their own: contextRotation.ts) and returns `Exchange`s.
 * An unencoded body is taken from the bytes the body guard saw arrive (bodyBudgetGuard.ts), so a
 * case costs one API call; an encoded one is read from Playwright. Never throws for network
 * trouble: every failure is an outcome.
 *
 * Inside `playwright test` every APIRequestContext call (fetch, and body or dispose when needed) becomes a
 * `pw:api` step: stack capture, param rendering, IPC to the runner, a trace entry; at a test's top
 * level finding the parent step scans the whole step list, so the cost grows with every call. The
 * client's own `_wrapApiCall(fn, { internal: true })` (how Playwright hides its internal calls)
 * skips that instrumentation. `quietInstrumentation` (default on) uses it when present and falls
 * back to plain, instrumented calls if a future Playwright drops this private method. Trade-off:
 * sends do not appear as steps in the HTML report; the ContractRecord carries the evidence instead.
 *
 * `batch(body)`: even an internal call captures and parses a stack to name itself; a call made
 * inside an existing API scope skips that, so a whole batch of sends runs in ONE internal scope.
 *
 * Playwright's client is required on first use, as CommonJS: the CLI's process must not pay for
 * it before it has started Playwright's runner and the mock, and requiring the package directly
 * skips the export scan Node runs when ES modules import CommonJS.
 */
import { createRequire } from 'node:module';
import type { APIRequest } from 'playwright-core';
import type { Case } from '../case/case.ts';
import type { Exchange, HttpResponseRecord, TransportErrorRecord } from './exchange.ts';
import { buildRequest } from './buildRequest.ts';
import { capturedBody, withBodyBudget } from './bodyBudgetGuard.ts';
import { createCircuitBreaker } from './circuitBreaker.ts';
import { createContextRotation } from './contextRotation.ts';
import { readResponse } from './readResponse.ts';
import { redirectHop } from './redirectHop.ts';
import { classifyTransportError } from './classifyTransportError.ts';
import { startStallClock } from './eventLoopStalls.ts';
import { createRateLimiter } from './rateLimiter.ts';
import { budgetRefusal, createRequestBudget } from './requestBudget.ts';
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

type Attempt = { outcome: HttpResponseRecord | TransportErrorRecord; elapsedMs: number; stalledMs: number };

export async function createTransport(options: TransportOptions): Promise<Transport> {
  const o = resolveTransportOptions(options);
  const limiter = o.rateLimiter ?? (o.maxRps !== undefined ? createRateLimiter({ maxRps: o.maxRps }) : undefined);
  const { request } = createRequire(import.meta.url)('playwright-core') as { request: APIRequest };
  const contexts = await createContextRotation({
    newContext: () =>
      request.newContext({
        baseURL: o.baseURL,
        ignoreHTTPSErrors: o.ignoreHTTPSErrors,
        maxRedirects: 0, // followed by the transport itself, same origin only (redirectHop.ts)
        timeout: o.timeoutMs,
        failOnStatusCode: false,
      }),
  });
  const stalls = startStallClock();
  let disposed = false;
  const breaker = createCircuitBreaker(o.circuitBreakerThreshold);
  const budget = createRequestBudget(o.requestBudget);

  type Internal = { _wrapApiCall?: <T>(fn: () => Promise<T>, opts: { internal: boolean }) => Promise<T> };
  const quietly = <T>(fn: () => Promise<T>): Promise<T> => {
    const context = contexts.current as unknown as Internal;
    const wrap = context._wrapApiCall;
    return o.quietInstrumentation && typeof wrap === 'function' ? (wrap.call(context, fn, { internal: true }) as Promise<T>) : fn();
  };

  /** One fetch (no redirect following by Playwright); the body read under the byte budget. */
  async function fetchOnce(
    url: string,
    method: string,
    headers: Record<string, string>,
    params: string,
    data: Buffer | undefined,
  ): Promise<Attempt['outcome']> {
    const { value, error, hit } = await withBodyBudget(o.maxBodyBytes, (captured) =>
      quietly(async () => {
        const lease = await contexts.acquire();
        try {
          const response = await lease.context.fetch(url, {
            method,
            headers,
            ...(params !== '' ? { params } : {}),
            ...(data !== undefined ? { data } : {}),
            failOnStatusCode: false,
            maxRedirects: 0,
            timeout: o.timeoutMs,
          });
          let body: Buffer | undefined;
          try {
            const headerLines = response.headersArray();
            // An unencoded body seen whole on its way in needs no second API call (bodyBudgetGuard.ts).
            body = capturedBody(captured, headerLines) ?? (await response.body());
            return { status: response.status(), requestUrl: response.url(), headerLines, body };
          } finally {
            // A small body stays with its context until the context is renewed (contextRotation.ts).
            if (body === undefined || contexts.disposeAtOnce(body.byteLength)) await response.dispose().catch(() => undefined);
          }
        } finally {
          lease.release();
        }
      }),
    );
    if (hit !== undefined) return { kind: 'transport-error', error: 'body-too-large', message: `response body cut: ${hit.message}` };
    if (value === undefined) {
      const { kind, message } = classifyTransportError(error);
      return { kind: 'transport-error', error: kind, message };
    }
    if (value.body.byteLength > o.maxBodyBytes)
      return {
        kind: 'transport-error',
        error: 'body-too-large',
        message: `response body is ${value.body.byteLength} bytes, over maxBodyBytes=${o.maxBodyBytes}`,
      };
    return readResponse(value, o);
  }

  async function attempt(c: Case): Promise<Attempt> {
    const wire = buildRequest(o.baseURL, c);
    const started = performance.now();
    const stalledBefore = stalls.read();
    const timing = () => ({ elapsedMs: performance.now() - started, stalledMs: stalls.read() - stalledBefore });
    let hop = { url: wire.url, method: wire.method, params: wire.encodedQuery, data: wire.body };
    for (let hops = 0; ; hops++) {
      const outcome = await fetchOnce(hop.url, hop.method, wire.headers, hop.params, hop.data);
      const next =
        outcome.kind === 'response' && o.maxRedirects > 0
          ? redirectHop(outcome.status, outcome.headers['location'], hop.url + (hop.params === '' ? '' : `?${hop.params}`), hop.method)
          : undefined;
      if (next === undefined) return { outcome, ...timing() };
      if (hops >= o.maxRedirects)
        return {
          outcome: { kind: 'transport-error', error: 'redirect-loop', message: `Max redirect count exceeded (${o.maxRedirects})` },
          ...timing(),
        };
      hop = { url: next.url, method: next.method, params: '', data: next.keepBody ? hop.data : undefined };
    }
  }

  /** Why this case is not sent at all: the run deadline passed or its operation's circuit is open. */
  function refusal(c: Case): TransportErrorRecord | undefined {
    if (o.deadlineAt !== undefined && o.now() >= o.deadlineAt)
      return { kind: 'transport-error', error: 'run-deadline', message: 'not sent: the run deadline (LR_RUN_TIMEOUT) was reached' };
    const open = breaker.openReason(c.operationId);
    return open === undefined ? undefined : { kind: 'transport-error', error: 'circuit-open', message: `not sent: ${open}` };
  }

  return {
    batch: (body) => quietly(body),
    async send(c: Case): Promise<Exchange> {
      if (disposed) throw new Error('createTransport: send() after dispose(); create a new transport per worker and dispose it last.');
      let retries = 0;
      let rateLimited: Exchange | undefined;
      for (;;) {
        const refused = refusal(c);
        if (refused !== undefined) return { case: c, outcome: refused, elapsedMs: 0, rateLimitRetries: retries };
        // A retry the budget cannot pay for leaves the 429 as the answer.
        if (!budget.take()) return rateLimited ?? { case: c, outcome: budgetRefusal(o.requestBudget!), elapsedMs: 0, rateLimitRetries: 0 };
        if (limiter) await limiter.acquire();
        const { outcome, elapsedMs, stalledMs } = await attempt(c);
        breaker.record(c.operationId, outcome.kind === 'transport-error');
        const exchange: Exchange = { case: c, outcome, elapsedMs, stalledMs, rateLimitRetries: retries };
        if (!(outcome.kind === 'response' && outcome.status === 429) || retries >= o.maxRateLimitRetries) return exchange;
        rateLimited = exchange;
        retries += 1;
        await o.sleep(retryDelayMs(outcome.headers['retry-after'], o.defaultRetryAfterMs, o.maxRetryAfterMs));
      }
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      stalls.stop();
      await contexts.dispose();
    },
  };
}
