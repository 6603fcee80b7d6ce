/**
 * The bytes of one HTTP response → the outcome checks judge: a budget overflow (too deep or too wide
 * JSON) becomes a transport error and the body is dropped; otherwise a response record, with the
 * anomalies responseAnomalies.ts finds. Header names go into a prototype-less record so a header
 * called `__proto__` or `constructor` is kept as data and cannot reach a prototype.
 */
import type { HttpResponseRecord, TransportErrorRecord } from './exchange.ts';
import { checkJsonBudget, type JsonBudget } from './jsonBudget.ts';
import { findResponseAnomalies, type AnomalyLimits } from './responseAnomalies.ts';

export interface ResponseBytes {
  readonly status: number;
  readonly requestUrl: string;
  readonly headerLines: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly body: Buffer;
}

/** Lower-cased names; repeated headers joined with ", " (as HttpResponseRecord documents). */
function joinHeaders(lines: ResponseBytes['headerLines']): Record<string, string> {
  const headers = Object.create(null) as Record<string, string>;
  for (const { name, value } of lines) {
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  return headers;
}

function parse(bodyText: string): { json: unknown; jsonError?: string } {
  if (bodyText.trim() === '') return { json: undefined, jsonError: 'empty body' };
  try {
    return { json: JSON.parse(bodyText) as unknown };
  } catch (error) {
    return { json: undefined, jsonError: (error as Error).message };
  }
}

export function readResponse(r: ResponseBytes, budget: JsonBudget & AnomalyLimits): HttpResponseRecord | TransportErrorRecord {
  const bodyText = r.body.toString('utf8');
  const verdict = checkJsonBudget(bodyText, budget);
  if (!verdict.ok)
    return { kind: 'transport-error', error: verdict.kind, message: `${verdict.message}; status ${r.status}, ${r.body.byteLength} bytes` };
  const { json, jsonError } = parse(bodyText);
  const anomalies = findResponseAnomalies({ ...r, json }, budget);
  return {
    kind: 'response',
    status: r.status,
    headers: joinHeaders(r.headerLines),
    bodyText,
    json,
    ...(jsonError === undefined ? {} : { jsonError }),
    ...(anomalies.length === 0 ? {} : { anomalies }),
  };
}
