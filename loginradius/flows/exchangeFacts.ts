/** Small readers the flows use to state expectations about an exchange. */
import type { Exchange } from '../../engine/transport/exchange.ts';
import { errorCodeOf as envelopeErrorCode } from '../checks/errorEnvelope.ts';

export function statusOf(exchange: Exchange): number | undefined {
  return exchange.outcome.kind === 'response' ? exchange.outcome.status : undefined;
}

/** The vendor `ErrorCode` of a JSON error body, if any (the envelope reader the checks use). */
export function errorCodeOf(exchange: Exchange): number | undefined {
  return exchange.outcome.kind === 'response' ? envelopeErrorCode(exchange.outcome.json) : undefined;
}

/** A one-line description for failure messages: "403 ErrorCode 1067" or the transport error. */
export function describeOutcome(exchange: Exchange): string {
  if (exchange.outcome.kind === 'transport-error') return `transport error ${exchange.outcome.error}`;
  const code = errorCodeOf(exchange);
  return code === undefined ? `${exchange.outcome.status}` : `${exchange.outcome.status} ErrorCode ${code}`;
}

export function bodyField(exchange: Exchange, name: string): unknown {
  if (exchange.outcome.kind !== 'response') return undefined;
  const json = exchange.outcome.json;
  return typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[name] : undefined;
}
