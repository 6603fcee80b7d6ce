/** A request with broken authentication (its rule declares `isAuthRule`) must never succeed. */
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const ignored_auth = requiresResponse((_ctx, exchange, response) => {
  const { label } = exchange.case;
  if (label.kind !== 'negative' || label.isAuthRule !== true) return skipped('not a negative authentication case');
  if (response.status < 200 || response.status >= 300) return passed();
  return failed([
    makeFailure('ignored_auth', exchange.case.operationId, {
      title: 'Authentication ignored',
      message: `Case breaks auth rule "${label.rule}" (${label.detail})\nReceived: ${response.status}\nExpected: 400/401/403`,
      essence: [label.rule],
    }),
  ]);
});
