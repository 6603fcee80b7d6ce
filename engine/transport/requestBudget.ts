/**
 * A cap on the requests one transport sends: once `limit` requests went out, later sends are
 * refused without touching the network. Taken synchronously before each attempt, so sends in
 * flight together never overshoot it; a retry after a 429 is a request too.
 */
import type { TransportErrorRecord } from './exchange.ts';

export interface RequestBudget {
  /** Takes one request from the budget; false once it is spent. */
  take(): boolean;
}

export function createRequestBudget(limit: number | undefined): RequestBudget {
  let used = 0;
  return {
    take() {
      if (limit !== undefined && used >= limit) return false;
      used += 1;
      return true;
    },
  };
}

export function budgetRefusal(limit: number): TransportErrorRecord {
  return { kind: 'transport-error', error: 'request-budget', message: `not sent: the request budget of ${limit} requests is spent` };
}
