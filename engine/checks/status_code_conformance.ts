/** The received status must be documented for the operation (exact, range or `default`). */
import { documentedResponse, operationOf } from './documentedResponse.ts';
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const status_code_conformance = requiresResponse((ctx, exchange, response) => {
  const operation = operationOf(ctx.contract, exchange.case.operationId);
  if (!operation) return skipped(`operation ${exchange.case.operationId} is not in the contract`);
  if (documentedResponse(operation, response.status)) return passed();
  return failed([
    makeFailure('status_code_conformance', operation.operationId, {
      title: 'Undocumented status code',
      message: `Received: ${response.status}\nDocumented: ${Object.keys(operation.responses).join(', ')}`,
      essence: [response.status],
    }),
  ]);
});
