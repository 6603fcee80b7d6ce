/**
 * Odd answers that still parse as HTTP: each becomes a named anomaly on the response so
 * `no_transport_error` can fail it while the other checks still judge the rest. Linear in the body;
 * the JSON walk is iterative (the depth is already capped by jsonBudget.ts, but no stack is needed).
 */
import { isUtf8 } from 'node:buffer';
import type { ResponseAnomaly } from './exchange.ts';

export interface AnomalyLimits {
  /** Header lines above this are a `header-flood`. */
  readonly maxHeaderLines: number;
  /** `Set-Cookie` lines above this are a `cookie-flood`. */
  readonly maxSetCookies: number;
}

export interface RawResponse {
  readonly status: number;
  readonly requestUrl: string;
  readonly headerLines: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly body: Buffer;
  readonly json: unknown;
}

/** Keys that reach an object's prototype when assigned with `obj[key] = value`. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function jsonAnomalies(json: unknown, out: ResponseAnomaly[]): void {
  const stack: unknown[] = [json];
  let protoKey: string | undefined;
  let bigNumber = false;
  while (stack.length > 0 && (protoKey === undefined || !bigNumber)) {
    const v = stack.pop();
    if (typeof v === 'number') bigNumber ||= !Number.isFinite(v);
    else if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === 'object')
      for (const key of Object.keys(v)) {
        if (PROTOTYPE_KEYS.has(key)) protoKey ??= key;
        stack.push((v as Record<string, unknown>)[key]);
      }
  }
  if (protoKey !== undefined)
    out.push({ kind: 'prototype-key', message: `the JSON body has a "${protoKey}" key (prototype pollution bait)` });
  if (bigNumber)
    out.push({ kind: 'number-out-of-range', message: 'the JSON body has a number beyond the double range (parsed as Infinity)' });
}

function crossOriginLocation(r: RawResponse): string | undefined {
  if (r.status < 300 || r.status > 399) return undefined;
  const location = r.headerLines.find((h) => h.name.toLowerCase() === 'location')?.value;
  if (location === undefined) return undefined;
  try {
    const target = new URL(location, r.requestUrl);
    const origin = new URL(r.requestUrl).origin;
    return target.origin === origin ? undefined : target.origin;
  } catch {
    return undefined;
  }
}

export function findResponseAnomalies(r: RawResponse, limits: AnomalyLimits): ResponseAnomaly[] {
  const out: ResponseAnomaly[] = [];
  if (!Number.isInteger(r.status) || r.status < 100 || r.status > 599)
    out.push({ kind: 'invalid-status', message: `status ${r.status} is outside 100-599` });
  const elsewhere = crossOriginLocation(r);
  if (elsewhere !== undefined)
    out.push({
      kind: 'cross-origin-redirect',
      message: `a ${r.status} redirects to another origin (${elsewhere}); not followed, no credential sent there`,
    });
  if (r.headerLines.length > limits.maxHeaderLines)
    out.push({ kind: 'header-flood', message: `${r.headerLines.length} header lines (more than ${limits.maxHeaderLines})` });
  const cookies = r.headerLines.filter((h) => h.name.toLowerCase() === 'set-cookie').length;
  if (cookies > limits.maxSetCookies)
    out.push({ kind: 'cookie-flood', message: `${cookies} Set-Cookie headers (more than ${limits.maxSetCookies})` });
  if (!isUtf8(r.body)) out.push({ kind: 'invalid-utf8', message: 'the body is not valid UTF-8' });
  if (r.body.includes(0)) out.push({ kind: 'nul-byte', message: 'the body contains a NUL byte' });
  if (r.json !== undefined) jsonAnomalies(r.json, out);
  return out;
}
