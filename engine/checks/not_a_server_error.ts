/** The target must never answer 5xx (the vendor's 950 "unexpected error" included). */
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed } from './result.ts';
import { errorCodeOf } from '../../loginradius/checks/errorEnvelope.ts';

export const not_a_server_error = requiresResponse((_ctx, exchange, response) => {
  if (response.status < 500) return passed();
  const code = errorCodeOf(response.json);
  return failed([
    makeFailure('not_a_server_error', exchange.case.operationId, {
      title: 'Server error',
      message: `Received: ${response.status}${code !== undefined ? ` (ErrorCode ${code})` : ''}\nExpected: no 5xx for any input`,
      essence: [response.status, code ?? '-'],
    }),
  ]);
});
