/** A request with no credentials at all (no apikey, no token) must get exactly 400, 401 or 403. */
import { hasAnyCredential } from './caseCredentials.ts';
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

const ALLOWED = [400, 401, 403];

export const missing_required_header = requiresResponse((_ctx, exchange, response) => {
  if (hasAnyCredential(exchange.case)) return skipped('case carries credentials');
  if (ALLOWED.includes(response.status)) return passed();
  if (response.status === 429) return skipped('rate limited (429) after retries');
  return failed([
    makeFailure('missing_required_header', exchange.case.operationId, {
      title: 'Unauthenticated request not rejected',
      message: `Received: ${response.status} for a request without apikey or access token\nExpected: ${ALLOWED.join(', ')}`,
      essence: [response.status],
    }),
  ]);
});
