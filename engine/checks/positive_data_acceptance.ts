/**
 * A positive case (valid per the contract) must be accepted: 2xx, or the per-operation
 * `expectedStatus`. Error codes in `statefulRejections` (a rejection caused by server state, such
 * as a one-time code already used) are skipped with the reason, not failed.
 */
import { requiresLabel, requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const positive_data_acceptance = requiresLabel(
  'positive',
  requiresResponse((ctx, exchange, response) => {
    const op = exchange.case.operationId;
    const { status } = response;
    const expected = ctx.options.expectedStatus[op];
    if (expected ? expected.includes(status) : status >= 200 && status < 300) return passed();
    if (status === 429) return skipped('rate limited (429) after retries');
    if (status >= 500) return skipped(`server error ${status} (see not_a_server_error)`);
    const code = ctx.profile.errorCodeOf(response.json);
    if (code !== undefined && ctx.options.statefulRejections[op]?.includes(code))
      return skipped(`stateful rejection: error code ${code} is allowed for ${op} (statefulRejections)`);
    return failed([
      makeFailure('positive_data_acceptance', op, {
        title: 'Valid data rejected',
        message: `Received: ${status}${code !== undefined ? ` (error code ${code})` : ''}\nExpected: ${expected ? expected.join(', ') : 'a 2xx'} for a request that follows the contract`,
        essence: [status, code ?? '-'],
      }),
    ]);
  }),
);
