/** Every case must get an HTTP response: refused, reset, timed-out... connections are failures. */
import type { Check } from './checkContext.ts';
import { failed, makeFailure, passed } from './result.ts';

export const no_transport_error: Check = (_ctx, exchange) => {
  const { outcome } = exchange;
  if (outcome.kind === 'response') return passed();
  return failed([
    makeFailure('no_transport_error', exchange.case.operationId, {
      title: `Transport error: ${outcome.error}`,
      message: `No HTTP response arrived (${outcome.error}): ${outcome.message}`,
      essence: [outcome.error],
    }),
  ]);
};
