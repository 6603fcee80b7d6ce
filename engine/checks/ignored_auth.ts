/** A request with broken authentication (key or token) must never succeed. */
import { isAuthRule } from './authRules.ts';
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const ignored_auth = requiresResponse((ctx, exchange, response) => {
  const { label } = exchange.case;
  const isAuth = (rule: string) => (ctx.options.authRules ? ctx.options.authRules.includes(rule) : isAuthRule(rule));
  if (label.kind !== 'negative' || !isAuth(label.rule)) return skipped('not a negative authentication case');
  if (response.status < 200 || response.status >= 300) return passed();
  return failed([
    makeFailure('ignored_auth', exchange.case.operationId, {
      title: 'Authentication ignored',
      message: `Case breaks auth rule "${label.rule}" (${label.detail})\nReceived: ${response.status}\nExpected: 400/401/403`,
      essence: [label.rule],
    }),
  ]);
});
