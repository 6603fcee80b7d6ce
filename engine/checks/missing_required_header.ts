/**
 * A request that leaves out a required credential (which ones, and where they travel, the vendor
 * profile says) must get exactly 400, 401 or 403: not a success, and not some other refusal
 * (404, 405, 422...) that would hide that the credential is what is missing.
 */
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

const ALLOWED = [400, 401, 403];

export const missing_required_header = requiresResponse((ctx, exchange, response) => {
  const missing = ctx.profile.missingCredentials(exchange.case);
  if (missing.length === 0) return skipped('case carries every required credential');
  if (ALLOWED.includes(response.status)) return passed();
  if (response.status === 429) return skipped('rate limited (429) after retries');
  return failed([
    makeFailure('missing_required_header', exchange.case.operationId, {
      title: 'Request without a required credential not rejected as such',
      message: `Received: ${response.status} for a request without ${missing.join(' and ')}\nExpected: ${ALLOWED.join(', ')}`,
      essence: [missing.join('+'), response.status],
    }),
  ]);
});
