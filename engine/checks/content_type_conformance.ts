/** A response body's Content-Type must be one the contract documents for that status. */
import { documentedResponse, matchMediaType, mediaTypeEssence, operationOf } from './documentedResponse.ts';
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const content_type_conformance = requiresResponse((ctx, exchange, response) => {
  if (response.bodyText === '') return skipped('response has no body');
  const operation = operationOf(ctx.contract, exchange.case.operationId);
  if (!operation) return skipped(`operation ${exchange.case.operationId} is not in the contract`);
  const spec = documentedResponse(operation, response.status);
  if (!spec) return skipped(`status ${response.status} is undocumented (see status_code_conformance)`);
  const documented = Object.keys(spec.content);
  const essence = mediaTypeEssence(response.headers['content-type']);
  if (essence !== undefined && matchMediaType(documented, essence)) return passed();
  return failed([
    makeFailure('content_type_conformance', operation.operationId, {
      title: essence === undefined ? 'Missing Content-Type' : 'Undocumented Content-Type',
      message: `Received: ${essence ?? '(no Content-Type header)'} for status ${response.status}\nDocumented: ${documented.join(', ') || '(no body)'}`,
      essence: [response.status, essence ?? '-'],
    }),
  ]);
});
