/**
 * A positive case (valid per the contract) must be accepted: 2xx, or the per-operation
 * `expectedStatus`. ErrorCodes in `statefulRejections` (e.g. 1068 "OTP already used" when two
 * cases share a TOTP step) are skipped with the reason, not failed.
 */
import { errorCodeOf } from '../../loginradius/checks/errorEnvelope.ts';
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
    const code = errorCodeOf(response.json);
    if (code !== undefined && ctx.options.statefulRejections[op]?.includes(code))
      return skipped(`stateful rejection: ErrorCode ${code} is allowed for ${op} (statefulRejections)`);
    return failed([
      makeFailure('positive_data_acceptance', op, {
        title: 'Valid data rejected',
        message: `Received: ${status}${code !== undefined ? ` (ErrorCode ${code})` : ''}\nExpected: ${expected ? expected.join(', ') : 'a 2xx'} for a request that follows the contract`,
        essence: [status, code ?? '-'],
      }),
    ]);
  }),
);
