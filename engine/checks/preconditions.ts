/**
 * Shared preconditions as wrappers (Schemathesis' `@requires_openapi_schema` idea): a check
 * that cannot judge an exchange says why it skipped instead of repeating `if`s.
 */
import type { Check } from './checkContext.ts';
import type { HttpResponseRecord } from '../transport/exchange.ts';
import type { Exchange } from '../transport/exchange.ts';
import type { CheckContext } from './checkContext.ts';
import type { CheckResult } from './types.ts';
import { skipped } from './result.ts';

export type ResponseCheck = (ctx: CheckContext, exchange: Exchange, response: HttpResponseRecord) => CheckResult;

/** Skips on transport errors; hands the HTTP response to the wrapped check. */
export function requiresResponse(check: ResponseCheck): Check {
  return (ctx, exchange) =>
    exchange.outcome.kind === 'response'
      ? check(ctx, exchange, exchange.outcome)
      : skipped(`no HTTP response (transport error: ${exchange.outcome.error})`);
}

/** Also skips when the body did not parse as JSON. */
export function requiresJsonBody(check: ResponseCheck): Check {
  return requiresResponse((ctx, exchange, response) =>
    response.json === undefined
      ? skipped(`response body is not JSON (${response.jsonError ?? 'no body'})`)
      : check(ctx, exchange, response),
  );
}

/** Only for cases of the given label kind. */
export function requiresLabel(kind: 'positive' | 'negative', check: Check): Check {
  return (ctx, exchange) => (exchange.case.label.kind === kind ? check(ctx, exchange) : skipped(`not a ${kind} case`));
}
