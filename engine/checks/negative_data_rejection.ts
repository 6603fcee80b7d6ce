/** A negative case (it breaks a named rule of the contract) must be rejected with a 4xx. */
import { requiresLabel, requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const negative_data_rejection = requiresLabel(
  'negative',
  requiresResponse((_ctx, exchange, response) => {
    const { label } = exchange.case;
    if (label.kind !== 'negative') return skipped('not a negative case');
    if (response.status === 429) return skipped('rate limited (429) after retries');
    if (response.status >= 500) return skipped(`server error ${response.status} (see not_a_server_error)`);
    if (response.status >= 400) return passed();
    return failed([
      makeFailure('negative_data_rejection', exchange.case.operationId, {
        title: 'Negative data accepted',
        message: `Case breaks rule "${label.rule}" (${label.detail})\nReceived: ${response.status}\nExpected: a 4xx rejection`,
        essence: [label.rule, response.status],
      }),
    ]);
  }),
);
