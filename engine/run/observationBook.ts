/**
 * Counts what exchanges reached, per (operation, status, error code, rule, example): the
 * observations a record carries so reporters can compute coverage without the exchanges.
 */
import type { Observation } from '../events/contractRecord.ts';
import type { Exchange } from '../transport/exchange.ts';

export interface ObservationBook {
  add(exchange: Exchange): void;
  observations(): Observation[];
}

/** `errorCodeOf` is the vendor profile's: the application error code a body carries. */
export function createObservationBook(errorCodeOf: (body: unknown) => number | undefined): ObservationBook {
  const rows = new Map<string, { -readonly [K in keyof Observation]: Observation[K] }>();
  return {
    add({ case: c, outcome }) {
      const response = outcome.kind === 'response' ? outcome : undefined;
      const errorCode = response?.json === undefined ? undefined : errorCodeOf(response.json);
      const row: Omit<Observation, 'count'> = {
        operationId: c.operationId,
        ...(response ? { status: response.status } : {}),
        ...(errorCode === undefined ? {} : { errorCode }),
        ...(c.label.kind === 'negative' ? { rule: c.label.rule } : {}),
        ...(c.label.kind === 'positive' && c.label.example !== undefined ? { example: c.label.example } : {}),
      };
      const key = JSON.stringify([row.operationId, row.status, row.errorCode, row.rule, row.example]);
      const seen = rows.get(key);
      if (seen) seen.count += 1;
      else rows.set(key, { ...row, count: 1 });
    },
    observations: () => [...rows.values()].map((r) => ({ ...r })),
  };
}
