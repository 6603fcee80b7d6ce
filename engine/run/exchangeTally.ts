/**
 * What a record says of its exchanges besides the checks' verdicts: 429 retries and token refreshes
 * (every send, shrinking's too), transport errors and observations (the exchanges judged), and the
 * cases the request budget left unsent. A phase and a flow fill it the same way.
 */
import type { ContractRecord, UnsentCase } from '../events/contractRecord.ts';
import type { Exchange } from '../transport/exchange.ts';
import { createObservationBook } from './observationBook.ts';

export interface ExchangeTally {
  /** A send came back (retries and refreshes it cost). */
  returned(exchange: Exchange): void;
  /** An exchange is judged (transport error or not, what it reached). */
  judged(exchange: Exchange): void;
  /** A case the request budget refused, by its redacted label. */
  unsent(entry: UnsentCase): void;
  /** The record's fields of all this. */
  fields(): Pick<ContractRecord, 'rateLimitRetries' | 'tokenRefreshes' | 'transportErrors' | 'observations' | 'unsent'>;
}

/** `errorCodeOf` is the vendor profile's: the application error code a body carries. */
export function createExchangeTally(errorCodeOf: (body: unknown) => number | undefined): ExchangeTally {
  const observed = createObservationBook(errorCodeOf);
  const unsent: UnsentCase[] = [];
  let rateLimitRetries = 0;
  let tokenRefreshes = 0;
  let transportErrors = 0;
  return {
    returned(exchange) {
      rateLimitRetries += exchange.rateLimitRetries;
      tokenRefreshes += exchange.tokenRefreshes ?? 0;
    },
    judged(exchange) {
      if (exchange.outcome.kind === 'transport-error') transportErrors += 1;
      observed.add(exchange);
    },
    unsent: (entry) => void unsent.push(entry),
    fields: () => ({
      rateLimitRetries,
      tokenRefreshes,
      transportErrors,
      observations: observed.observations(),
      ...(unsent.length > 0 ? { unsent } : {}),
    }),
  };
}
