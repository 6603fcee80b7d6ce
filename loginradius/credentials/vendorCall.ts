/**
 * One JSON call to a LoginRadius endpoint outside the contract (login, tokens, enrolment, account
 * update). These happen a few times per run, so plain fetch with a timeout; the answer is the status
 * and the parsed body (undefined when it is not JSON). Secrets travel in headers or the body, never
 * in a log: callers report by ErrorCode only.
 */
import { parseJsonObject } from './parseJsonObject.ts';

interface VendorRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface VendorAnswer {
  readonly status: number;
  readonly json: Record<string, unknown> | undefined;
}

export type VendorCall = (request: VendorRequest) => Promise<VendorAnswer>;

/** `timeoutMs`: per call. @defaultValue 10000 */
export function vendorCall(baseUrl: string, timeoutMs = 10_000): VendorCall {
  return async (r) => {
    const url = new URL(`${baseUrl}${r.path}`);
    for (const [k, v] of Object.entries(r.query ?? {})) url.searchParams.set(k, v);
    const response = await fetch(url, {
      method: r.method,
      headers: { ...(r.body === undefined ? {} : { 'content-type': 'application/json' }), ...r.headers },
      ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, json: parseJsonObject(await response.text()) };
  };
}
