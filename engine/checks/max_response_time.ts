/** Each response must arrive within `maxResponseTimeMs` (the last attempt; 429 waits excluded). */
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed } from './result.ts';

export const max_response_time = requiresResponse((ctx, exchange) => {
  const limit = ctx.options.maxResponseTimeMs;
  if (exchange.elapsedMs <= limit) return passed();
  return failed([
    makeFailure('max_response_time', exchange.case.operationId, {
      title: 'Response time exceeded',
      message: `Received after: ${Math.round(exchange.elapsedMs)} ms\nLimit: ${limit} ms`,
      essence: [],
    }),
  ]);
});
