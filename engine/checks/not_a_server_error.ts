/** The target must never answer 5xx (a documented "unexpected error" included). */
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed } from './result.ts';

export const not_a_server_error = requiresResponse((ctx, exchange, response) => {
  if (response.status < 500) return passed();
  const code = ctx.profile.errorCodeOf(response.json);
  return failed([
    makeFailure('not_a_server_error', exchange.case.operationId, {
      title: 'Server error',
      message: `Received: ${response.status}${code !== undefined ? ` (error code ${code})` : ''}\nExpected: no 5xx for any input`,
      essence: [response.status, code ?? '-'],
    }),
  ]);
});
