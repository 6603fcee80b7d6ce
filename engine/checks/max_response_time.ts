/**
 * Each response must arrive within `maxResponseTimeMs` (the last attempt; 429 waits excluded). Time
 * this process's event loop was blocked is not the target's: it is left out, and named when it mattered.
 */
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed } from './result.ts';

export const max_response_time = requiresResponse((ctx, exchange) => {
  const limit = ctx.options.maxResponseTimeMs;
  const stalled = exchange.stalledMs ?? 0;
  if (exchange.elapsedMs - stalled <= limit) return passed();
  const ours = stalled >= 1 ? ` (of ${Math.round(exchange.elapsedMs)} ms, ${Math.round(stalled)} ms this process was busy)` : '';
  return failed([
    makeFailure('max_response_time', exchange.case.operationId, {
      title: 'Response time exceeded',
      message: `Received after: ${Math.round(exchange.elapsedMs - stalled)} ms${ours}\nLimit: ${limit} ms`,
      essence: [],
    }),
  ]);
});
