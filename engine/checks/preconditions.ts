/**
 * Shared preconditions as wrappers (Schemathesis' `@requires_openapi_schema` idea): a check
 * that cannot judge an exchange says why it skipped instead of repeating `if`s.
 */
import type { Check } from './checkContext.ts';
import type { HttpResponseRecord } from '../transport/exchange.ts';
import type { Exchange } from '../transport/exchange.ts';
import type { CheckContext } from './checkContext.ts';
import type { CheckResult } from './types.ts';
import type { OperationSpec, ResponseSpec } from '../contract/types.ts';
import { documentedResponse, operationOf } from './documentedResponse.ts';
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

/** Also skips an empty body. */
export function requiresBody(check: Check): Check {
  return requiresResponse((ctx, exchange, response) => (response.bodyText === '' ? skipped('response has no body') : check(ctx, exchange)));
}

export type DocumentedResponseCheck = (
  ctx: CheckContext,
  exchange: Exchange,
  response: HttpResponseRecord,
  operation: OperationSpec,
  documented: ResponseSpec,
) => CheckResult;

/** Also skips when the operation is not in the contract or the status is undocumented (status_code_conformance judges that). */
export function requiresDocumentedResponse(check: DocumentedResponseCheck): Check {
  return requiresResponse((ctx, exchange, response) => {
    const operation = operationOf(ctx.contract, exchange.case.operationId);
    if (!operation) return skipped(`operation ${exchange.case.operationId} is not in the contract`);
    const documented = documentedResponse(operation, response.status);
    if (!documented) return skipped(`status ${response.status} is undocumented (see status_code_conformance)`);
    return check(ctx, exchange, response, operation, documented);
  });
}

/** Only for cases of the given label kind. */
export function requiresLabel(kind: 'positive' | 'negative', check: Check): Check {
  return (ctx, exchange) => (exchange.case.label.kind === kind ? check(ctx, exchange) : skipped(`not a ${kind} case`));
}
