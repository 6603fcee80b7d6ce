/**
 * Every case must get a usable HTTP response: refused, reset, timed-out... connections are failures,
 * and so is a response that breaks HTTP or JSON in a way no contract check names (its anomalies:
 * cross-origin redirect, invalid UTF-8, a `__proto__` key...), one failure per kind. A case the
 * run's request budget left unsent is no transport failure: it is skipped, and the record names it.
 */
import type { Check } from './checkContext.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const no_transport_error: Check = (_ctx, exchange) => {
  const { outcome } = exchange;
  const operationId = exchange.case.operationId;
  if (outcome.kind === 'response') {
    if (outcome.anomalies === undefined || outcome.anomalies.length === 0) return passed();
    return failed(
      outcome.anomalies.map((a) =>
        makeFailure('no_transport_error', operationId, {
          title: `Malformed response: ${a.kind}`,
          message: `The response is malformed (${a.kind}): ${a.message}`,
          essence: [a.kind],
        }),
      ),
    );
  }
  if (outcome.error === 'request-budget') return skipped(outcome.message);
  return failed([
    makeFailure('no_transport_error', operationId, {
      title: `Transport error: ${outcome.error}`,
      message: `No HTTP response arrived (${outcome.error}): ${outcome.message}`,
      essence: [outcome.error],
    }),
  ]);
};
